"""The visits the open-or-start dialog lists: date, patient and reason, one row each.

Patient names from other visits: this model lives only inside the dialog,
holds only what it was last given, and is emptied when the dialog closes.
Dates are shown in the locale's medium form, readable at a glance.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from ..store import VisitSummary

AnyIndex = QModelIndex | QPersistentModelIndex


def medium_date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday and with short month names.

    ``Nov 24, 2026`` in the US, ``24 Nov 2026`` in Britain, ``2026年11月24日`` in
    Japan: readable at a glance and unambiguous, unlike the short format.
    """
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    without_weekday = re.sub(r"dddd[^\w']*|[^\w']*dddd", "", long_format, count=1).strip()
    return without_weekday.replace("MMMM", "MMM")


class VisitTableModel(QAbstractTableModel):
    """Rows of visit summaries: date, patient, reason, in the order given."""

    DATE, PATIENT, REASON = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitSummary] = []
        self._locale = QLocale()
        self._date_format = medium_date_format(self._locale)

    def set_visits(self, visits: list[VisitSummary]) -> None:
        """Show these summaries instead of the current ones."""
        self.beginResetModel()
        self._rows = list(visits)
        self.endResetModel()

    def summary(self, row: int) -> VisitSummary:
        return self._rows[row]

    def widest_date(self, metrics: QFontMetrics) -> int:
        """Pixels needed for any date in this locale (month names differ in width)."""
        return max(
            metrics.horizontalAdvance(
                self._locale.toString(QDate(2000, month, 28), self._date_format)
            )
            for month in range(1, 13)
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return self._locale.toString(_qdate(visit.date), self._date_format)
            return visit.patient if column == self.PATIENT else visit.reason
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DATE:
            return self._locale.toString(_qdate(visit.date), QLocale.FormatType.LongFormat)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return visit.reason or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.DATE: self.tr("Date"),
            self.PATIENT: self.tr("Patient"),
            self.REASON: self.tr("Reason for the visit"),
        }.get(section)


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)
