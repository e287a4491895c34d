"""`python -m kg` runs the command line, as `kg` does."""

from kg.cli import main

if __name__ == "__main__":
    main(prog_name="kg")
