"""How the reports write times, sizes and ratios. Two styles each: the token and pipeline tables keep two decimals
(their figures sit within a few percent of each other), the generator's tables keep three significant digits (theirs
span microseconds to seconds)."""


def ns_fixed(ns):
    """26,004.3 → "26.00 µs"."""
    if ns >= 1_000_000:
        return f"{ns / 1_000_000:,.2f} ms"
    if ns >= 1_000:
        return f"{ns / 1_000:,.2f} µs"
    return f"{ns:,.1f} ns"


def ns_short(ns):
    """10,512,345 → "10.5 ms"; None → "n/a"."""
    if ns is None:
        return "n/a"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return three_digits(ns / scale, unit)
    return f"{ns:.0f} ns"


def bytes_exact(count):
    """1128 → "1,128 B"; None → "n/a"."""
    return "n/a" if count is None else f"{count:,} B"


def bytes_short(count):
    """800,768 → "782 KB"; None → "n/a"."""
    if count is None:
        return "n/a"
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= scale:
            return three_digits(count / scale, unit)
    return f"{count} B"


def three_digits(value, unit):
    return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"


def ms(value):
    """A latency in milliseconds: 0.591 → "591 µs", 1.93 → "1.93 ms"."""
    return f"{value * 1000:.0f} µs" if value < 1 else f"{value:.2f} ms"


def minutes_seconds(seconds):
    """959 → "15 min 59 s"; 42 → "42 s"."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


def ratio(value, digits=2):
    """1.147 → "1.15×"; None → "n/a"."""
    return "n/a" if value is None else f"{value:.{digits}f}×"


def ratio_short(value):
    """Two decimals, three below 0.1 so that small shares keep two significant digits: 0.057 → "0.057×"."""
    return ratio(value, 2 if value is None or value >= 0.1 else 3)
