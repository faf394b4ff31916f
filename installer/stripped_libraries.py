"""Libraries that `strip` broke in the frozen folder, found and put back as shipped.

The spec strips the folder's libraries on Linux (libpython alone loses 17 MB of symbols). But a wheel
repaired by auditwheel carries libraries that patchelf rewrote (numpy's OpenBLAS, for one), and strip
moves their segments so that the dynamic loader refuses them: "ELF load command address/offset not
page-aligned" (pyinstaller/pyinstaller#9463, numpy/numpy#20101). PyInstaller strips all or nothing,
so after COLLECT the spec looks at every library with the loader's own rule and copies back the
original of each one that breaks it. tests/frozen/test_frozen_build.py checks the folder the same way.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

PAGE = 4096  # the smallest page of the machines we ship for (x86-64 and arm64 Linux)
PT_LOAD = 1


def misaligned(path: Path) -> bool:
    """Whether a 64-bit little-endian ELF file has a segment the dynamic loader will not map."""
    with path.open("rb") as file:
        header = file.read(64)
        if header[:6] != b"\x7fELF\x02\x01":  # not an ELF file, or not the 64-bit little-endian kind we build
            return False
        (table,) = struct.unpack_from("<Q", header, 0x20)  # e_phoff: where the program headers are
        size, count = struct.unpack_from("<HH", header, 0x36)  # e_phentsize, e_phnum
        file.seek(table)
        entries = file.read(size * count)
    for index in range(count):
        kind, _, offset, address, _, _, _, align = struct.unpack_from("<IIQQQQQQ", entries, index * size)
        if kind == PT_LOAD and ((address - offset) % PAGE or align > 1 and (address - offset) % align):
            return True
    return False


def put_back_what_strip_broke(folder: Path, binaries: list[tuple[str, str, str]]) -> list[str]:
    """Copy the original over each stripped library that no longer loads; the names of those put back.

    Args:
        folder: the folder COLLECT wrote the binaries to (`_internal` on Linux).
        binaries: COLLECT's (name in the folder, original path, kind) entries.
    """
    restored = []
    for name, original, _ in binaries:
        collected = folder / name
        if collected.is_file() and not collected.is_symlink() and misaligned(collected):
            shutil.copyfile(original, collected)
            restored.append(name)
    return restored
