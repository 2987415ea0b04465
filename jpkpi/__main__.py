import sys

from jpkpi.cli import main

sys.exit(main())
