import multiprocessing

# In a frozen build a helper process (spawn) starts this executable again: it does its work
# inside freeze_support and exits there, before the whole program is imported.
multiprocessing.freeze_support()


def run() -> int:
    """The ``segdesk`` command. The program is imported here, not above: helper processes
    (spawn) import the starting module again, and need none of it for their work."""
    from segdesk.app import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
