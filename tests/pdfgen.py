"""Minimal PDFs written byte by byte, for testing the reader on inputs no tool would make."""

from __future__ import annotations

import hashlib
import zlib

#: The padding string of the standard security handler (PDF 1.7, 7.6.3.3).
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_FILE_ID = bytes.fromhex("0123456789abcdef0123456789abcdef")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _rc4_security(user: str, owner: str, permissions: int) -> tuple[bytes, bytes]:
    """The 40-bit RC4 (revision 2) file key and the /Encrypt dictionary for these passwords."""
    padded_user = (user.encode("latin-1") + _PAD)[:32]
    padded_owner = (owner.encode("latin-1") + _PAD)[:32]
    o = _rc4(hashlib.md5(padded_owner).digest()[:5], padded_user)
    p = permissions.to_bytes(4, "little", signed=True)
    key = hashlib.md5(padded_user + o + p + _FILE_ID).digest()[:5]
    u = _rc4(key, _PAD)
    encrypt = (
        f"<< /Filter /Standard /V 1 /R 2 /O <{o.hex()}> /U <{u.hex()}> /P {permissions} >>"
    ).encode()
    return key, encrypt


def make_pdf(
    contents: list[bytes],
    *,
    compress: bool = False,
    precompressed: bool = False,
    pages: bool = True,
    form: bytes | None = None,
    user_password: str | None = None,
    permissions: int = -4,
) -> bytes:
    """A PDF with one page per content stream (Helvetica as F1); ``pages=False`` gives none.

    ``precompressed`` marks streams already deflated (a zip bomb is built that way). ``form``, a
    deflated stream, is a form XObject every page's resources name ``/X1``. ``user_password``
    (``""`` for none) encrypts the streams with the standard security handler (RC4, 40 bits),
    with ``permissions`` as its /P flags (-4 allows everything; clear bit 5, value 16, to forbid
    copying text).
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
    trailer_extra = b""
    if user_password is not None:
        key, encrypt = _rc4_security(user_password, "owner-secret", permissions)
        objects = [_encrypt_stream(key, n, body) for n, body in enumerate(objects, start=1)]
        objects.append(encrypt)
        trailer_extra = (
            f" /Encrypt {len(objects)} 0 R /ID [<{_FILE_ID.hex()}> <{_FILE_ID.hex()}>]".encode()
        )
    return pdf_from_objects(objects, trailer_extra)


def pdf_from_objects(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its
    cross-reference table and trailer."""
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
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R".encode()
        + trailer_extra
        + f" >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _encrypt_stream(key: bytes, number: int, body: bytes) -> bytes:
    """An object with its stream data (if any) encrypted with the object's RC4 key."""
    start = body.find(b"\nstream\n")
    if start < 0:
        return body
    end = body.rindex(b"\nendstream")
    object_key = hashlib.md5(key + number.to_bytes(3, "little") + b"\0\0").digest()[:10]
    data = _rc4(object_key, body[start + 8 : end])
    return body[: start + 8] + data + body[end:]


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
