"""`python -m monitor` is the `salvo` command."""

from monitor.cli import main

main()
