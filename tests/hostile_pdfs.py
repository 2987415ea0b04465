"""Hostile PDFs, each small and built the same way every time: the PDF families of issue 14's
campaign (content that loops, references that cycle, numbers out of range, ranges that expand to
billions of entries), as ``tests/test_hostile_pdfs.py`` and ``benchmarks/hostile_campaign.py``
read them.

Each builder returns the bytes of one PDF whose first page also draws readable text where it
can, so a reader that bounds the damage still has something to read.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

#: A number too large for a float: pdfminer reads it as an int, and float() of it overflows.
HUGE_INT = "9" * 400
#: A number that reads as a float of infinity.
HUGE_REAL = "9" * 400 + ".0"

TEXT = b"BT /F1 12 Tf 72 720 Td (KPI 123) Tj ET\n"


def stream(body: bytes, extra: str = "", *, deflate: bool = False) -> bytes:
    """A stream object's text (dictionary entries ``extra`` added)."""
    if deflate:
        body = zlib.compress(body, 9)
        extra += " /Filter /FlateDecode"
    return f"<< /Length {len(body)}{extra} >>\nstream\n".encode() + body + b"\nendstream"


def deflated_repeat(unit: bytes, times: int) -> bytes:
    """``unit`` repeated ``times`` times, deflated in pieces (a small file, a long stream)."""
    packer = zlib.compressobj(9)
    out = bytearray()
    piece = unit * max(1, (1 << 20) // len(unit))
    full, rest = divmod(times * len(unit), len(piece))
    for _ in range(full):
        out += packer.compress(piece)
    out += packer.compress(piece[:rest])
    out += packer.flush()
    return bytes(out)


def write_pdf(objects: dict[int, bytes], *, trailer: str = "/Root 1 0 R") -> bytes:
    """A PDF of numbered objects with a classic cross-reference table and the trailer entries
    ``trailer``."""
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    start = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        if number in offsets:
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    out += f"trailer\n<< /Size {size} {trailer} >>\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


def simple_objects(
    content: bytes = TEXT,
    *,
    page_extra: str = "",
    resources_extra: str = "",
    media_box: str = "0 0 595 842",
    font: str = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    second_font: str | None = None,
) -> dict[int, bytes]:
    """Catalog 1, pages 2, page 3, content 4, font 5 (F1; ``second_font``, F2, is 9): one page
    drawing ``content``."""
    fonts = "/F1 5 0 R /F2 9 0 R" if second_font else "/F1 5 0 R"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Contents 4 0 R "
            f"/Resources << /Font << {fonts} >> {resources_extra} >> {page_extra} >>"
        ).encode(),
        4: stream(content),
        5: font.encode(),
    }
    if second_font:
        objects[9] = second_font.encode()
    return objects


# --- fonts and CMaps ------------------------------------------------------------------------


def _type0(to_unicode: str = "", encoding: str = "/Identity-H", widths: str = "") -> str:
    return (
        f"<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding {encoding} {to_unicode} "
        "/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Hostile "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor << /Type /FontDescriptor /FontName /Hostile /Flags 4 /Ascent 800 "
        f"/Descent -200 /ItalicAngle 0 /StemV 80 /CapHeight 700 /FontBBox [0 -200 1000 800] >> "
        f"/DW 1000 {widths} >>] >>"
    )


#: Helvetica's line, then four CIDs in the hostile font F2.
CID_TEXT = TEXT + b"BT /F2 12 Tf 72 700 Td <0041004200430031> Tj ET\n"


def cmap_huge_bfrange() -> bytes:
    """A ToUnicode CMap mapping one range of 4 billion codes."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <00000000> <ffffffff> endcodespacerange\n"
        b"1 beginbfrange <00000000> <fffffffe> <0041> endbfrange\n"
        b"endcmap end end\n"
    )
    objects = simple_objects(CID_TEXT, second_font=_type0("/ToUnicode 6 0 R"))
    objects[6] = stream(cmap)
    return write_pdf(objects)


def cmap_huge_cidrange() -> bytes:
    """An embedded encoding CMap mapping one range of 4 billion codes to CIDs."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Hostile def\n"
        b"1 begincodespacerange <00000000> <ffffffff> endcodespacerange\n"
        b"1 begincidrange <00000000> <fffffffe> 0 endcidrange\n"
        b"endcmap end end\n"
    )
    objects = simple_objects(CID_TEXT, second_font=_type0(encoding="6 0 R"))
    objects[6] = stream(cmap, " /Type /CMap /CMapName /Hostile")
    return write_pdf(objects)


def cid_widths_huge_range() -> bytes:
    """A CID font whose /W array gives one width to 4 billion CIDs."""
    return write_pdf(simple_objects(CID_TEXT, second_font=_type0(widths="/W [0 4000000000 500]")))


def cid_widths_many_ranges() -> bytes:
    """A CID font whose /W array lists 20,000 ranges of 100,000 CIDs each."""
    ranges = " ".join(f"{i * 100_000} {i * 100_000 + 99_999} 500" for i in range(20_000))
    return write_pdf(simple_objects(CID_TEXT, second_font=_type0(widths=f"/W [{ranges}]")))


def font_huge_descent() -> bytes:
    """A font descriptor whose Descent overflows a float."""
    font = _type0().replace("/Descent -200", f"/Descent -{HUGE_INT}")
    return write_pdf(simple_objects(CID_TEXT, second_font=font))


def type1_huge_widths() -> bytes:
    """A simple font whose FirstChar and Widths claim a billion codes."""
    font = (
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 "
        "/LastChar 1000000000 /Widths [500 500] >>"
    )
    return write_pdf(simple_objects(font=font))


# --- cross-reference ------------------------------------------------------------------------


def xref_prev_cycle() -> bytes:
    """A trailer whose /Prev points back at its own cross-reference table."""
    data = write_pdf(simple_objects())
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    return data.replace(b"/Root 1 0 R >>", f"/Root 1 0 R /Prev {start} >>".encode())


def xref_prev_chain() -> bytes:
    """Two cross-reference sections whose /Prev entries point at each other."""
    base = write_pdf(simple_objects())
    first = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    second = len(base) + len(f" /Prev {0:010d}")
    tail = (
        f"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {first} >>\n"
        f"startxref\n{second}\n%%EOF\n"
    ).encode()
    head = base.replace(b"/Root 1 0 R >>", f"/Root 1 0 R /Prev {second:010d} >>".encode())
    # the new entry lengthens only the trailer, so every offset before it stays right
    return head + tail


def xref_stream_wild_index() -> bytes:
    """A cross-reference stream whose /Index claims two billion objects."""
    objects = simple_objects()
    out = bytearray(b"%PDF-1.5\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    rows = b"".join(b"\x01" + off.to_bytes(4, "big") + b"\x00" for off in offsets.values())
    body = b"\x00\x00\x00\x00\x00\xff" + rows
    out += (
        b"6 0 obj\n"
        + stream(body, " /Type /XRef /Size 2000000000 /Index [0 2000000000] /W [1 4 1] /Root 1 0 R")
        + b"\nendobj\n"
    )
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def reference_cycle() -> bytes:
    """A page whose /Contents is an object that is a reference to another that points back."""
    objects = simple_objects()
    objects[3] = objects[3].replace(b"/Contents 4 0 R", b"/Contents 6 0 R")
    objects[6] = b"7 0 R"
    objects[7] = b"6 0 R"
    return write_pdf(objects)


def length_reference_cycle() -> bytes:
    """A content stream whose /Length is a reference to itself."""
    objects = simple_objects()
    objects[4] = b"<< /Length 6 0 R >>\nstream\n" + TEXT + b"\nendstream"
    objects[6] = b"6 0 R"
    return write_pdf(objects)


def page_tree_cycle() -> bytes:
    """A page tree whose node lists itself among its kids."""
    objects = simple_objects()
    objects[2] = b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>"
    return write_pdf(objects)


def page_tree_dag() -> bytes:
    """A page tree of 40 levels, each node naming the next twice: 2**40 page visits."""
    objects = simple_objects()
    objects[1] = b"<< /Type /Catalog /Pages 10 0 R >>"
    for level in range(40):
        objects[10 + level] = (
            f"<< /Type /Pages /Kids [{11 + level} 0 R {11 + level} 0 R] >>".encode()
        )
    objects[50] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objects[3] = objects[3].replace(b"/Parent 2 0 R", b"/Parent 50 0 R")
    return write_pdf(objects)


def page_labels_dag() -> bytes:
    """A /PageLabels number tree whose nodes name the next twice, 40 levels deep."""
    objects = simple_objects()
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R /PageLabels 10 0 R >>"
    for level in range(40):
        objects[10 + level] = f"<< /Kids [{11 + level} 0 R {11 + level} 0 R] >>".encode()
    objects[50] = b"<< /Nums [0 << /S /D >>] >>"
    return write_pdf(objects)


# --- content that loops ---------------------------------------------------------------------


def _form_chain(depth: int, body: bytes) -> bytes:
    """A page drawing form X0, each form 10 … 10 + ``depth`` - 1 drawing the next with ``body``
    (``/N Do`` once or more), the last an empty form."""
    objects = simple_objects(TEXT + b"/X0 Do\n", resources_extra="/XObject << /X0 10 0 R >>")
    for level in range(depth):
        objects[10 + level] = stream(
            body,
            f" /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
            f" /Resources << /XObject << /N {11 + level} 0 R >> >>",
        )
    objects[10 + depth] = stream(b"", " /Type /XObject /Subtype /Form /BBox [0 0 595 842]")
    return write_pdf(objects)


def form_dag() -> bytes:
    """Form XObjects 40 deep, each drawing the next twice: 2**40 draws of an empty form."""
    return _form_chain(40, b"/N Do /N Do")


def form_chain_deep() -> bytes:
    """Form XObjects 2,000 deep, each drawing the next once (no explosion: depth alone)."""
    return _form_chain(2000, b"/N Do")


def form_draws_itself() -> bytes:
    """A form XObject that draws itself."""
    objects = simple_objects(TEXT + b"/X0 Do\n", resources_extra="/XObject << /X0 10 0 R >>")
    objects[10] = stream(
        b"/X0 Do",
        " /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
        " /Resources << /XObject << /X0 10 0 R >> >>",
    )
    return write_pdf(objects)


def many_state_operators() -> bytes:
    """A page of 4 million ``q 1 0 0 1 0 0 cm Q`` (30 MiB inflated, nothing drawn)."""
    objects = simple_objects()
    body = deflated_repeat(b"q 1 0 0 1 0 0 cm Q\n", 4_000_000)
    objects[4] = (
        f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream"
    )
    objects[6] = stream(TEXT)
    objects[3] = objects[3].replace(b"/Contents 4 0 R", b"/Contents [6 0 R 4 0 R]")
    return write_pdf(objects)


def many_form_draws() -> bytes:
    """A page drawing one empty form XObject 2 million times."""
    objects = simple_objects(resources_extra="/XObject << /E 6 0 R >>")
    body = deflated_repeat(b"/E Do\n", 2_000_000)
    objects[4] = (
        f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream"
    )
    objects[6] = stream(b"", " /Type /XObject /Subtype /Form /BBox [0 0 10 10]")
    objects[7] = stream(TEXT)
    objects[3] = objects[3].replace(b"/Contents 4 0 R", b"/Contents [7 0 R 4 0 R]")
    return write_pdf(objects)


def pages_share_giant_content(pages: int = 300) -> bytes:
    """``pages`` pages sharing one content stream of 40 MiB of path operators (no paint)."""
    unit = b"10 10 m 20 20 l n\n"
    body = deflated_repeat(unit, (40 << 20) // len(unit))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: (
            "<< /Type /Pages /Count "
            + str(pages)
            + " /Kids ["
            + " ".join(f"{10 + i} 0 R" for i in range(pages))
            + "] >>"
        ).encode(),
        4: f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode()
        + body
        + b"\nendstream",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        6: stream(TEXT),
    }
    for i in range(pages):
        objects[10 + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [6 0 R 4 0 R] "
            b"/Resources << /Font << /F1 5 0 R >> >> >>"
        )
    return write_pdf(objects)


# --- streams that decode to far more than they hold ---------------------------------------


def _flate_stream(body: bytes, filters: str) -> bytes:
    return (
        f"<< /Length {len(body)} /Filter [{filters}] >>\nstream\n".encode() + body + b"\nendstream"
    )


def double_flate_content() -> bytes:
    """A content stream deflated twice: 300 KB in the file, 256 MiB of spaces decoded."""
    objects = simple_objects()
    inner = deflated_repeat(b" ", 256 << 20)
    objects[4] = _flate_stream(zlib.compress(inner, 9), "/FlateDecode /FlateDecode")
    return write_pdf(objects)


def run_length_content() -> bytes:
    """A content stream of RunLength runs (each 2 bytes for 128 spaces), deflated: 128 MiB."""
    objects = simple_objects()
    runs = deflated_repeat(b"\x81 ", 1 << 20)
    objects[4] = _flate_stream(runs, "/FlateDecode /RunLengthDecode")
    return write_pdf(objects)


def double_flate_object_stream(
    type_key: str = "/Type /ObjStm", filter_key: str = "/Filter"
) -> bytes:
    """The page's font kept in an object stream deflated twice that decodes to 256 MiB."""
    objects = simple_objects()
    font = objects.pop(5)
    head = b"5 0 "
    packer = zlib.compressobj(9)  # the object stream's data: index, font, 256 MiB of spaces
    body = packer.compress(head + font + b" ")
    chunk = b" " * (1 << 20)
    for _ in range(256):
        body += packer.compress(chunk)
    body += packer.flush()
    twice = zlib.compress(body, 9)
    objstm = (
        (
            f"<< {type_key} /N 1 /First {len(head)} /Length {len(twice)} "
            f"{filter_key} [/FlateDecode /FlateDecode] >>\nstream\n"
        ).encode()
        + twice
        + b"\nendstream"
    )
    out = bytearray(b"%PDF-1.5\n")
    offsets: dict[int, int] = {}
    objects[7] = objstm
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    rows = bytearray(b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff")
    for number in range(1, 9):
        if number == 5:
            rows += b"\x02" + (7).to_bytes(4, "big") + (0).to_bytes(2, "big")
        elif number == 8:
            rows += b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00"
        elif number in offsets:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
        else:
            rows += b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"
    out += b"8 0 obj\n" + stream(bytes(rows), " /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R")
    out += f"\nendobj\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


# --- syntax that once hid a bomb from the PDFium preflight's scan of the bytes ---------------


def disguised_double_flate_content() -> bytes:
    """double_flate_content with a dictionary written to mislead a scan of the bytes: the
    filter key and one filter name escaped (``/#46ilter``, ``/Fl#61teDecode``), a decoy
    ``/Filter`` in ``/DecodeParms``, ``/Subtype /Image`` and ``/Length1`` in a nested dictionary,
    a comment between the dictionary and ``stream``."""
    objects = simple_objects()
    body = zlib.compress(deflated_repeat(b" ", 256 << 20), 9)
    objects[4] = (
        (
            f"<< /Length {len(body)} /DecodeParms [null << /Filter /None >>]"
            " /Decoy << /Subtype /Image /Length1 0 >> /#46ilter [/FlateDecode /Fl#61teDecode] >>"
            " % not a stream\nstream\n"
        ).encode()
        + body
        + b"\nendstream"
    )
    return write_pdf(objects)


def _inheriting_form_dag(draw: Callable[[str], bytes], depth: int = 40) -> bytes:
    """form_dag's forms 10 … 10 + ``depth``, every other one without resources: form ``i``
    (even) names forms ``i`` + 1 (``/N``) and ``i`` + 2 (``/M``) and draws ``draw("N")``; form
    ``i`` + 1 inherits those resources and draws ``draw("M")``."""
    objects = simple_objects(TEXT + b"/N Do\n", resources_extra="/XObject << /N 10 0 R >>")
    form = " /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
    for level in range(depth):
        if level % 2:
            objects[10 + level] = stream(draw("M"), form)
        else:
            names = f"/N {11 + level} 0 R /M {12 + level} 0 R"
            objects[10 + level] = stream(
                draw("N"), f"{form} /Resources << /XObject << {names} >> >>"
            )
    objects[10 + depth] = stream(b"", form)
    objects[11 + depth] = stream(b"", form)
    return write_pdf(objects)


def form_dag_disguised() -> bytes:
    """form_dag with inherited resources, each draw's name escaped (``/#4E``) and a comment
    between the name and ``Do``: both draws count, as every reader reads them."""
    return _inheriting_form_dag(lambda n: f"/#{ord(n):02X} %c\nDo /{n} Do".encode())


def form_dag_nul_separated() -> bytes:
    """form_dag with inherited resources, one draw of each pair separated from ``Do`` by a NUL,
    white space to PDFium (pdfminer reads ``N\\0Do`` as one name and draws nothing)."""
    return _inheriting_form_dag(lambda n: f"/{n}\x00Do /{n} Do".encode())


def forms_draw_each_other() -> bytes:
    """Form A draws form B, which draws A."""
    objects = simple_objects(TEXT + b"/A Do\n", resources_extra="/XObject << /A 10 0 R >>")
    form = " /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
    objects[10] = stream(b"/B Do", form + " /Resources << /XObject << /B 11 0 R >> >>")
    objects[11] = stream(b"/A Do", form + " /Resources << /XObject << /A 10 0 R >> >>")
    return write_pdf(objects)


def type3_glyph_draws_forms() -> bytes:
    """A Type3 font whose one glyph draws form_dag's forms (40 deep, each the next twice)."""
    objects = simple_objects(
        TEXT + b"BT /F2 12 Tf 72 600 Td (a) Tj ET\n",
        second_font=(
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix "
            "[0.001 0 0 0.001 0 0] /CharProcs << /a 20 0 R >> /Encoding << /Differences "
            "[97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] "
            "/Resources << /XObject << /N 10 0 R >> >> >>"
        ),
    )
    objects[20] = stream(b"1000 0 0 0 1000 1000 d1 /N Do")
    form = " /Type /XObject /Subtype /Form /BBox [0 0 1000 1000]"
    for level in range(40):
        objects[10 + level] = stream(
            b"/N Do /N Do", form + f" /Resources << /XObject << /N {11 + level} 0 R >> >>"
        )
    objects[50] = stream(b"", form)
    return write_pdf(objects)


def font_file_bomb() -> bytes:
    """A TrueType font whose embedded font file is deflated twice and decodes to 256 MiB."""
    body = zlib.compress(deflated_repeat(b"\0", 256 << 20), 9)
    objects = simple_objects(
        TEXT + b"BT /F2 12 Tf 72 600 Td (KPI 7) Tj ET\n",
        second_font=(
            "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 "
            "/Widths [" + " ".join(["500"] * 95) + "] /FontDescriptor << /Type /FontDescriptor "
            "/FontName /Bomb /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 "
            "/Descent -200 /CapHeight 700 /StemV 80 /FontFile2 20 0 R >> >>"
        ),
    )
    objects[20] = _flate_stream(body, "/FlateDecode /FlateDecode")
    return write_pdf(objects)


def disguised_object_stream() -> bytes:
    """double_flate_object_stream with its dictionary's names escaped (``/Obj#53tm``,
    ``/#46ilter``), so a scan of the bytes does not know it for an object stream."""
    return double_flate_object_stream("/Type /Obj#53tm", "/#46ilter")


# --- numbers out of range -------------------------------------------------------------------


def huge_length() -> bytes:
    """A content stream whose /Length is a 400-digit number."""
    objects = simple_objects()
    objects[4] = f"<< /Length {HUGE_INT} >>\nstream\n".encode() + TEXT + b"\nendstream"
    return write_pdf(objects)


def huge_media_box() -> bytes:
    """A page whose MediaBox corner is a 400-digit number."""
    return write_pdf(simple_objects(media_box=f"0 0 {HUGE_INT} 842"))


def infinite_media_box() -> bytes:
    """A page whose MediaBox corner reads as infinity."""
    return write_pdf(simple_objects(media_box=f"0 0 {HUGE_REAL} 842"))


def huge_cm() -> bytes:
    """A transformation matrix of 400-digit numbers before the text."""
    return write_pdf(simple_objects(f"{HUGE_INT} 0 0 {HUGE_INT} 0 0 cm\n".encode() + TEXT))


def infinite_cm() -> bytes:
    """A transformation matrix of infinities (NaN once multiplied by zero) before the text."""
    return write_pdf(simple_objects(f"{HUGE_REAL} 0 0 {HUGE_REAL} 0 0 cm\n".encode() + TEXT))


def huge_line_width() -> bytes:
    """A stroked rule with a 400-digit line width."""
    return write_pdf(simple_objects(TEXT + f"{HUGE_INT} w 10 10 m 500 10 l S\n".encode()))


def infinite_char_spacing() -> bytes:
    """Text drawn with a character spacing (``Tc``) of infinity."""
    content = f"BT /F1 12 Tf {HUGE_REAL} Tc 72 720 Td (KPI 123) Tj ET\n".encode()
    return write_pdf(simple_objects(TEXT + content))


def huge_form_matrix() -> bytes:
    """A form XObject whose /Matrix holds 400-digit numbers."""
    objects = simple_objects(TEXT + b"/X0 Do\n", resources_extra="/XObject << /X0 10 0 R >>")
    objects[10] = stream(
        b"BT /F1 12 Tf 72 700 Td (FORM 9) Tj ET",
        f" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [{HUGE_INT} 0 0 1 0 0]"
        " /Resources << /Font << /F1 5 0 R >> >>",
    )
    return write_pdf(objects)


def infinite_text_matrix() -> bytes:
    """A text matrix (``Tm``) of infinities."""
    content = f"BT /F1 12 Tf {HUGE_REAL} 0 0 1 {HUGE_REAL} 0 Tm (KPI 9) Tj ET\n".encode()
    return write_pdf(simple_objects(TEXT + content))


def huge_font_size() -> bytes:
    """Text drawn at a font size that overflows a float."""
    content = f"BT /F1 {HUGE_INT} Tf 72 700 Td (KPI 9) Tj ET\n".encode()
    return write_pdf(simple_objects(TEXT + content))


#: Every case by name: the campaign's PDF families, each small.
CASES: dict[str, Callable[[], bytes]] = {
    f.__name__: f
    for f in (
        cmap_huge_bfrange,
        cmap_huge_cidrange,
        cid_widths_huge_range,
        cid_widths_many_ranges,
        font_huge_descent,
        type1_huge_widths,
        xref_prev_cycle,
        xref_prev_chain,
        xref_stream_wild_index,
        reference_cycle,
        length_reference_cycle,
        page_tree_cycle,
        page_tree_dag,
        page_labels_dag,
        form_dag,
        form_chain_deep,
        form_draws_itself,
        many_state_operators,
        double_flate_content,
        run_length_content,
        double_flate_object_stream,
        many_form_draws,
        pages_share_giant_content,
        disguised_double_flate_content,
        form_dag_disguised,
        form_dag_nul_separated,
        forms_draw_each_other,
        type3_glyph_draws_forms,
        disguised_object_stream,
        font_file_bomb,
        huge_length,
        huge_media_box,
        infinite_media_box,
        huge_cm,
        infinite_cm,
        huge_line_width,
        infinite_char_spacing,
        huge_form_matrix,
        infinite_text_matrix,
        huge_font_size,
    )
}
