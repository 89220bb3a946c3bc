"""How the reports write times, sizes and ratios. The token and pipeline tables keep two decimals (their figures sit
within a few percent of each other); the generator's keep three significant digits (theirs span µs to seconds)."""


def ns_fixed(ns):
    """26,004.3 → "26.00 µs"."""
    for unit, scale in (("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:,.2f} {unit}"
    return f"{ns:,.1f} ns"


def ns_short(ns):
    """10,512,345 → "10.5 ms"; None → "n/a"."""
    return scaled(ns, (("s", 1e9), ("ms", 1e6), ("µs", 1e3)), f"{ns:.0f} ns" if ns is not None else None)


def bytes_short(count):
    """800,768 → "782 KB"; None → "n/a"."""
    return scaled(count, (("MB", 1 << 20), ("KB", 1 << 10)), f"{count} B")


def scaled(value, units, unscaled):
    """In the largest unit it reaches, to three significant digits (none after the point from 100 up)."""
    if value is None:
        return "n/a"
    for unit, scale in units:
        if value >= scale:
            return f"{value / scale:.3g} {unit}" if value / scale < 100 else f"{value / scale:.0f} {unit}"
    return unscaled


def bytes_exact(count):
    """1128 → "1,128 B"; None → "n/a"."""
    return "n/a" if count is None else f"{count:,} B"


def ms(value):
    """A latency in milliseconds: 0.591 → "591 µs", 1.93 → "1.93 ms"."""
    return f"{value * 1000:.0f} µs" if value < 1 else f"{value:.2f} ms"


def minutes_seconds(seconds):
    """959 → "15 min 59 s"; 42 → "42 s"."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def ratio_short(value):
    """Two decimals, three below 0.1 so that small shares keep two significant digits: 0.057 → "0.057×"."""
    return "n/a" if value is None else f"{value:.2f}×" if value >= 0.1 else f"{value:.3f}×"
