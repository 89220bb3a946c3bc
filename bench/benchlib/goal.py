"""What a goal is: a part's measure against a threshold, stated as the report writes it (the table is goals.py)."""

import operator
from dataclasses import dataclass

OPERATORS = {"≤": operator.le, "<": operator.lt, "≥": operator.ge, ">": operator.gt, "==": operator.eq}


@dataclass(frozen=True)
class Check:
    measure: str
    op: str
    threshold: float
    shown: str = ""  # the threshold as the report writes it

    def holds(self, measures):
        """Whether the measure meets the threshold; a measure that was not taken (None) does not."""
        value = measures[self.measure]
        return value is not None and OPERATORS[self.op](value, self.threshold)


@dataclass(frozen=True)
class Goal:
    id: str
    part: str
    text: str
    checks: tuple
    of: tuple = ()

    @property
    def limit(self):
        return f"{self.checks[0].op} {self.checks[0].shown}"

    def stated(self, **fields):
        return self.text.format(limit=self.limit, **fields)

    def met(self, measures):
        """measures: {measure: value}, or the value itself for a goal of one measure."""
        if not isinstance(measures, dict):
            measures = {self.checks[0].measure: measures}
        return all(check.holds(measures) for check in self.checks)

    def row(self, measures, measured, **fields):
        """This goal's row in the report's goal table, as a part hands it over in <part>.goals.json."""
        return {"goal": self.stated(**fields), "measured": measured, "met": self.met(measures)}
