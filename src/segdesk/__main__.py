import multiprocessing

# In a frozen build a helper process (spawn) starts this executable again: it does its work
# inside freeze_support and exits there, before the whole program is imported.
multiprocessing.freeze_support()

from segdesk.app import main  # noqa: E402

if __name__ == "__main__":  # helper processes (spawn) import this module again: they must not start the app
    raise SystemExit(main())
