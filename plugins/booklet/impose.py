"""A5 fold-and-staple: the booklet's A5 pages two to a sheet of A4 landscape.

Pages go in saddle-stitch order, so printing double-sided (flip on the short edge),
folding the pile in half and stapling the fold gives a booklet in reading order.
Blank pages pad the count to a multiple of four. The accessible reading copy stays
booklet.pdf; this file is only for the printer.
"""

from __future__ import annotations

import io

import pikepdf

A4_LANDSCAPE = (841.89, 595.28)  # points


def saddle_order(count: int) -> list[tuple[int | None, int | None]]:
    """(left, right) page indexes for each printed side; None is a blank page.

    For 8 pages: (7,0) (1,6) (5,2) (3,4): the outer sheet holds the first and last pages.
    """
    total = -(-count // 4) * 4 if count else 0
    sides = []
    for sheet in range(total // 4):
        front = (total - 1 - 2 * sheet, 2 * sheet)
        back = (2 * sheet + 1, total - 2 - 2 * sheet)
        sides.extend([front, back])
    return [tuple(i if i < count else None for i in side) for side in sides]


def impose_a5(pdf_bytes: bytes) -> tuple[bytes, int]:
    """Two A5 pages per A4 landscape side, in saddle-stitch order; also the sheets needed."""
    source = pikepdf.open(io.BytesIO(pdf_bytes))
    out = pikepdf.new()
    width, height = A4_LANDSCAPE
    pages = list(source.pages)
    for left, right in saddle_order(len(pages)):
        sheet = out.add_blank_page(page_size=(width, height))
        for index, x0 in ((left, 0), (right, width / 2)):
            if index is None:
                continue
            sheet.add_overlay(pages[index], pikepdf.Rectangle(x0, 0, x0 + width / 2, height))
    out.docinfo["/Title"] = source.docinfo.get("/Title", "")
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue(), len(out.pages) // 2
