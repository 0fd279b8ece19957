"""Entry point for the PyInstaller bundle: the same `main()` as the installed `nämndklient` command."""

import sys

from nämndklient.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
