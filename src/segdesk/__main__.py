from segdesk.app import main

if __name__ == "__main__":  # helper processes (spawn) import this module again: they must not start the app
    raise SystemExit(main())
