import sys

from sxsh_desktop.cli import main

sys.exit(main())
