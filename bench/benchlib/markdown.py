"""Markdown tables, as lists of lines that a section extends."""


def row(*cells):
    """An empty cell is written `| |`, as hand-written tables have it."""
    return "|" + "".join(f" {cell} |" if cell != "" else " |" for cell in cells)


def rule(aligns, right="---:"):
    """The line under a table's header: one letter per column, l (left) or r (right)."""
    return "|" + "".join("---|" if align == "l" else f"{right}|" for align in aligns)


def table(headers, aligns, rows, right="---:"):
    return [row(*headers), rule(aligns, right)] + [row(*cells) for cells in rows]

