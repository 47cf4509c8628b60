"""Last touches to the PDF for PDF/UA-1 that WeasyPrint 70 does not make itself.

1. The running footers ("Peggy's plan", "Page 3 of 12") become pagination artifacts.
   WeasyPrint 70 gives text in page margins a marked-content id but keeps it out of the
structure tree (tagging it as an artifact is only allowed in PDF 2.0, it says). PDF/UA-1
wants every piece of content either tagged or an artifact, and a screen reader should
not read "Page 3 of 12" in the middle of a sentence that runs on to the next page.
So that content is re-marked ``/Artifact <</Type /Pagination>>`` after rendering.
2. Each link says where it goes in words ("What matters to me"), not WeasyPrint's id.
"""

from __future__ import annotations

import io

import pikepdf

PAGINATION = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)


def _reachable(root: pikepdf.Dictionary) -> set[tuple[int, int]]:
    """Every structure element in the tree, by object id."""
    seen: set[tuple[int, int]] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        kids = node.get("/K")
        if kids is None:
            continue
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, pikepdf.Dictionary) and kid.is_indirect and kid.objgen not in seen:
                seen.add(kid.objgen)
                todo.append(kid)
    return seen


def finish_pdf(pdf_bytes: bytes, link_names: dict[str, str]) -> bytes:
    """The PDF with footers as artifacts and links described; ``link_names``: id -> words."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    changed = _footers_as_artifacts(pdf)
    changed = _describe_links(pdf, link_names) or changed
    if not changed:
        return pdf_bytes
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _describe_links(pdf: pikepdf.Pdf, link_names: dict[str, str]) -> bool:
    """PDF/UA: a link's /Contents is its description for assistive technology."""
    changed = False
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") != "/Link":
                continue
            dest = annot.get("/Dest")
            name = link_names.get(str(dest)) if isinstance(dest, pikepdf.String) else None
            if name:
                annot.Contents = pikepdf.String(name)
                changed = True
    return changed


def _footers_as_artifacts(pdf: pikepdf.Pdf) -> bool:
    """Marked content outside the structure tree becomes a pagination artifact."""
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None or "/ParentTree" not in tree:
        return False
    reachable = _reachable(tree)
    nums = tree.ParentTree.get("/Nums", pikepdf.Array())
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums) - 1, 2)}
    changed = False
    for page in pdf.pages:
        index = page.obj.get("/StructParents")
        elements = parents.get(int(index)) if index is not None else None
        if not isinstance(elements, pikepdf.Array):
            continue
        instructions = []
        page_changed = False
        for operands, operator in pikepdf.parse_content_stream(page):
            if str(operator) == "BDC" and len(operands) == 2:
                props = operands[1]
                if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    mcid = int(props.MCID)
                    element = elements[mcid] if mcid < len(elements) else None
                    untagged = not isinstance(element, pikepdf.Dictionary) or (
                        element.objgen not in reachable
                    )
                    if untagged:
                        operands = [pikepdf.Name.Artifact, PAGINATION]
                        if mcid < len(elements):
                            elements[mcid] = None
                        page_changed = True
            instructions.append((operands, operator))
        if page_changed:
            page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
            changed = True
    return changed
