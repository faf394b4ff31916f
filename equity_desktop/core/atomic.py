"""Files the program writes (PDF, XLSX, CSV) appear whole or not at all (DESIGN.md "Architecture").

The content is written to a hidden temporary file beside the target and renamed
into place, so a failed or cancelled export never leaves a half-written file,
and never destroys the previous copy.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from equity_desktop.core.errors import EquityError


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call `write(temporary_path)`, then rename the result to `path`; on any failure nothing is left behind."""
    path = Path(path)
    if not path.parent.is_dir():
        raise EquityError(f"The folder {path.parent} does not exist; create it first or choose another folder.")
    partial = path.with_name(f".{path.name}.part")
    try:
        write(partial)
        os.replace(partial, path)
    except PermissionError as error:
        raise EquityError(f"{path.name} cannot be written in {path.parent} ({error.strerror}); if it is open in "
                          "another program, close it there, or choose another name.") from error
    except OSError as error:
        raise EquityError(f"{path.name} could not be written in {path.parent} ({error.strerror or error}); "
                          "check the disk has space and try again.") from error
    finally:
        partial.unlink(missing_ok=True)
    return path
