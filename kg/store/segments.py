"""A dump file and its gzip twin written as pieces, so that a later publish can copy the pieces
of the graphs it did not change instead of converting and compressing them again.

The .gz is **one gzip member** (RFC 1952) whose deflate stream (RFC 1951) is the pieces one
after another: each piece is compressed by a fresh compressor and ended by a sync flush (an
empty stored block, byte-aligned, not final), so its bytes depend on nothing before it, and
the stream ends with an empty final block; the member's CRC-32 and size are those of the
whole plain file, computed as it is written. A gzip file of several members (one per piece)
would be simpler and is valid for `gzip` and Python, but the download route serves the .gz
as `Content-Encoding: gzip`, and browsers and curl read only the first member of such a body.

A fresh piece costs its compression; a copied piece costs reading its plain and compressed
bytes once (to hash them: the manifest's SHA-256 covers the whole file). Compression is about
1% worse than one stream (each piece starts with an empty dictionary).

A span records the CRC-32 of the piece's plain and compressed bytes, and a copy checks them as
it goes: a previous file that is shorter than its index says, or holds other bytes there, is
not copied from; the copy is undone (the files cut back, the hashes as they were) and
`PieceError` raised, so the caller writes that piece afresh instead of publishing a broken
dump. The member's CRC-32 is the pieces' CRCs combined (`crc32_combine`, zlib's), so a plain
byte is run through the CRC once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

_CHUNK = 1 << 20
# RFC 1952 member header, as Python's gzip module writes it with mtime=0 and no file name:
# the same dump always gives the same bytes.
_MAGIC = b"\x1f\x8b\x08\x00" + b"\x00\x00\x00\x00"
_OS_UNKNOWN = b"\xff"
_FINAL_BLOCK = b"\x03\x00"  # an empty fixed-Huffman block with BFINAL set: the stream's end


class PieceError(OSError):
    """A piece of a previous file is not what its span says (missing, short, other bytes)."""


_CRC_POLY = 0xEDB88320  # CRC-32 (ISO 3309, as zlib and gzip), reflected


def _multmodp(a: int, b: int) -> int:
    """a times b modulo the CRC-32 polynomial (reflected bit order), as zlib's multmodp."""
    m, p = 1 << 31, 0
    while a:
        if a & m:
            p ^= b
            a ^= m
        m >>= 1
        b = (b >> 1) ^ _CRC_POLY if b & 1 else b >> 1
    return p


def _x2n_table() -> list[int]:
    table, p = [], 1 << 30  # x^1
    for _ in range(32):
        table.append(p)
        p = _multmodp(p, p)
    return table


_X2N = _x2n_table()  # x^(2^k) modulo the polynomial


def _zlib_combine() -> Callable[[int, int, int], int] | None:
    """zlib's own crc32_combine64 from the C library (Python's zlib module does not offer it):
    about twenty times the speed of the Python one, which a publish calls once per copied piece
    (thousands); None where the library is not found."""
    try:
        fn = ctypes.CDLL(ctypes.util.find_library("z") or "libz.so.1").crc32_combine64
    except (OSError, AttributeError):
        return None
    fn.restype, fn.argtypes = ctypes.c_ulong, [ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int64]
    return fn


def crc32_combine_py(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from A's, B's and B's length, as zlib computes it: A's CRC carried
    over len2 bytes of zeros, then B's added."""
    p, k, n = 1 << 31, 3, len2  # x^0; one byte is x^8 = x^(2^3)
    while n:
        if n & 1:
            p = _multmodp(_X2N[k & 31], p)
        n >>= 1
        k += 1
    return _multmodp(p, crc1) ^ crc2


crc32_combine: Callable[[int, int, int], int] = _zlib_combine() or crc32_combine_py


def _xfl(level: int) -> bytes:
    """The header's extra-flags byte for a compression level, as Python's gzip writes it."""
    return b"\x02" if level == 9 else b"\x04" if level == 1 else b"\x00"


class PieceWriter:
    """One plain file and its gzip twin, written piece by piece. `span` (plain offset, plain
    size, gz offset, gz size, plain CRC-32, gz CRC-32) says where a piece went and what it
    holds, so that the next publish can copy it and check the copy."""

    def __init__(self, plain: Path, gz: Path, level: int) -> None:
        self.level = level
        self.plain, self.gz = open(plain, "wb"), open(gz, "wb")
        self.sha, self.gz_sha = hashlib.sha256(), hashlib.sha256()
        self.crc, self.size, self.gz_size = 0, 0, 0  # crc: of the plain bytes before the piece
        self._piece_crc, self._piece_gz_crc, self._piece_start = 0, 0, 0
        self._comp: zlib._Compress | None = None
        self._gz_write(_MAGIC + _xfl(level) + _OS_UNKNOWN)
        self._fold()

    def _gz_write(self, data: bytes) -> None:
        if data:
            self.gz.write(data)
            self.gz_sha.update(data)
            self._piece_gz_crc = zlib.crc32(data, self._piece_gz_crc)
            self.gz_size += len(data)

    def _plain_write(self, data: bytes) -> None:
        self.plain.write(data)
        self.sha.update(data)
        self._piece_crc = zlib.crc32(data, self._piece_crc)
        self.size += len(data)

    def _fold(self) -> None:
        """Start a piece here: the bytes since the last start go into the member's CRC."""
        self.crc = crc32_combine(self.crc, self._piece_crc, self.size - self._piece_start)
        self._piece_crc, self._piece_gz_crc, self._piece_start = 0, 0, self.size

    def write(self, data: bytes) -> int:
        """Bytes of the current fresh piece (a file-like sink for pyoxigraph's serializers)."""
        if data:
            if self._comp is None:
                self._comp = zlib.compressobj(self.level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                              zlib.DEF_MEM_LEVEL, 0)
            self._plain_write(bytes(data))
            self._gz_write(self._comp.compress(data))
        return len(data)

    def flush(self) -> None:
        """pyoxigraph flushes its sink when done; a piece ends only at `end_piece`."""

    def position(self) -> tuple[int, int]:
        """Where the next piece starts (a piece's CRCs count from here)."""
        self._fold()
        return self.size, self.gz_size

    def end_piece(self) -> None:
        """End the fresh piece written so far (nothing when nothing was written)."""
        if self._comp is not None:
            self._gz_write(self._comp.flush(zlib.Z_SYNC_FLUSH))
            self._comp = None

    def piece(self, data: bytes) -> list[int]:
        """A whole fresh piece; returns its span."""
        start = self.position()
        self.write(data)
        self.end_piece()
        return self.span(start)

    def span(self, start: tuple[int, int]) -> list[int]:
        """The span of what was written since `start` (a `position()`, the piece's start)."""
        return [start[0], self.size - start[0], start[1], self.gz_size - start[1],
                self._piece_crc, self._piece_gz_crc]

    def mark(self) -> tuple:
        """A point to come back to (`rollback`): the end of the last piece."""
        self.end_piece()
        start = self.position()
        return start, self.sha.copy(), self.gz_sha.copy(), self.crc

    def rollback(self, mark: tuple) -> None:
        """Undo everything written since `mark`: the files cut back, the hashes as they were."""
        self._comp = None
        (self.size, self.gz_size), sha, gz_sha, self.crc = mark
        self.sha, self.gz_sha = sha.copy(), gz_sha.copy()
        for fh, size in ((self.plain, self.size), (self.gz, self.gz_size)):
            fh.seek(size)
            fh.truncate()
        self._piece_crc, self._piece_gz_crc, self._piece_start = 0, 0, self.size

    def copy(self, plain, gz, span: list[int]) -> list[int]:
        """A piece another PieceWriter wrote (open files of its plain and gz twins, the span it
        recorded): its bytes copied as they are and checked against the span's CRCs; returns
        the span here. A piece that cannot be read whole or holds other bytes is not copied:
        PieceError, with nothing written."""
        mark = self.mark()
        start = mark[0]
        try:
            if plain is None or gz is None or len(span) != 6 or min(span) < 0:
                raise PieceError("no previous piece to copy")
            for src, (offset, size), sink in ((plain, span[0:2], self._plain_write),
                                              (gz, span[2:4], self._gz_write)):
                src.seek(offset)
                while size > 0:
                    chunk = src.read(min(size, _CHUNK))
                    if not chunk:
                        raise PieceError(f"{src.name}: shorter than its index says")
                    sink(chunk)
                    size -= len(chunk)
            if [self._piece_crc, self._piece_gz_crc] != list(span[4:6]):
                raise PieceError(f"{plain.name}: other bytes than its index says")
        except PieceError:
            self.rollback(mark)
            raise
        except (OSError, ValueError, TypeError) as exc:
            self.rollback(mark)
            raise PieceError(str(exc)) from exc
        return self.span(start)

    def close(self) -> tuple[int, str, int, str]:
        """End the deflate stream and the member; (bytes, sha256, gzip bytes, gzip sha256)."""
        self.end_piece()
        self._fold()
        self._gz_write(_FINAL_BLOCK + struct.pack("<II", self.crc, self.size & 0xFFFFFFFF))
        self.plain.close()
        self.gz.close()
        return self.size, self.sha.hexdigest(), self.gz_size, self.gz_sha.hexdigest()

    def abort(self) -> None:
        self.plain.close()
        self.gz.close()


class Framed:
    """A sink that drops what a serializer writes around one graph's statements in a file of
    several graphs (the prefix header; JSON-LD's enclosing brackets), checking it is what it
    should be, and passes the statements on to `out`."""

    def __init__(self, out: PieceWriter, head: bytes, tail: bytes) -> None:
        self.out, self.head, self.tail = out, head, tail
        self._seen = b""  # the head read so far
        self._held = b""  # the last len(tail) bytes, which may be the tail

    def write(self, data) -> int:
        data = bytes(data)
        n = len(data)
        if len(self._seen) < len(self.head):
            take = len(self.head) - len(self._seen)
            self._seen += data[:take]
            data = data[take:]
        data = self._held + data
        cut = max(0, len(data) - len(self.tail))  # hold back what may be the tail, no more
        self._held = data[cut:]
        self.out.write(data[:cut])
        return n

    def flush(self) -> None:
        pass

    def close(self) -> None:
        """Check the frame: an empty graph writes nothing (or only the frame)."""
        if self._seen and self._seen != self.head:
            raise ValueError(f"a graph's serialization does not start with {self.head[:40]!r}")
        if self._held and self._held != self.tail:
            raise ValueError(f"a graph's serialization does not end with {self.tail!r}")


class Region:
    """`size` bytes of an open file from `offset`, read as a file (pyoxigraph's parser input)."""

    def __init__(self, fh, offset: int, size: int) -> None:
        fh.seek(offset)
        self.fh, self.left = fh, size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n is None or n < 0 else min(n, self.left)
        data = self.fh.read(n) if n else b""
        self.left -= len(data)
        return data
