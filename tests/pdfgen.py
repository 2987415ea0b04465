"""Minimal PDFs written byte by byte, for testing the reader on inputs no tool would make."""

from __future__ import annotations

import zlib


def make_pdf(
    contents: list[bytes],
    *,
    compress: bool = False,
    precompressed: bool = False,
    pages: bool = True,
    form: bytes | None = None,
) -> bytes:
    """A PDF with one page per content stream (Helvetica as F1); ``pages=False`` gives none.

    ``precompressed`` marks streams already deflated (a zip bomb is built that way). ``form``, a
    deflated stream, is a form XObject every page's resources name ``/X1``.
    """
    objects: list[bytes] = []
    kids = []
    n_pages = len(contents) if pages else 0
    # 1: catalog, 2: pages, 3: font, then page/content pairs
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages, filled below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    form_id = 4 + 2 * n_pages
    xobjects = f" /XObject << /X1 {form_id} 0 R >>".encode() if form is not None else b""
    for i in range(n_pages):
        page_id, content_id = 4 + 2 * i, 5 + 2 * i
        kids.append(f"{page_id} 0 R".encode())
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>"
            + xobjects
            + b" >> "
            + f"/Contents {content_id} 0 R >>".encode()
        )
        data = contents[i]
        if compress or precompressed:
            data = data if precompressed else zlib.compress(data, 9)
            head = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
        else:
            head = f"<< /Length {len(data)} >>".encode()
        objects.append(head + b"\nstream\n" + data + b"\nendstream")
    if form is not None:
        objects.append(
            f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length {len(form)} "
            "/Filter /FlateDecode >>\nstream\n".encode()
            + form
            + b"\nendstream"
        )
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {n_pages} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def text_page(text: str = "Hello 123") -> bytes:
    """A content stream that writes one line of text."""
    return f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()


def inflating_stream(size: int) -> bytes:
    """A compressed content stream of ``size`` bytes of spaces, compressed in pieces."""
    packer = zlib.compressobj(9)
    out = bytearray()
    chunk = b" " * (1024 * 1024)
    for _ in range(size // len(chunk)):
        out += packer.compress(chunk)
    out += packer.flush()
    return bytes(out)
