"""kg: dated knowledge graphs of who did what to whom, from prose.

The Python face of kg's C++ core (the extension kg._kg): the same
extraction, graphs, queries and formats as the `kg` command.
"""
from ._kg import KgError, __version__

__all__ = ["KgError", "__version__"]
