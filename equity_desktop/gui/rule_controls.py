"""The isolation rule as two controls: the threshold and whether it is in points or relative to the district."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from equity_desktop.core import settings
from equity_desktop.core.enrollment.mgi import POINTS, RELATIVE, Rule


class RuleControls(QWidget):
    changed = Signal(object)  # the Rule the person chose

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.threshold_spin = QDoubleSpinBox(self)
        self.threshold_spin.setObjectName("thresholdSpin")
        self.threshold_spin.setAccessibleName(self.tr("Isolation threshold"))
        threshold = settings.ISOLATION_THRESHOLD
        self.threshold_spin.setRange(threshold.minimum, threshold.maximum)
        self.threshold_spin.setDecimals(threshold.decimals)
        self.threshold_spin.setSingleStep(1.0)
        self.threshold_spin.setValue(Rule().threshold)
        self.threshold_spin.setKeyboardTracking(False)  # one change when typing "15", not "1" then "15"
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("ruleKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Isolation rule"))
        self.kind_combo.addItem(self.tr("points from the district share"), POINTS)
        self.kind_combo.addItem(self.tr("% of the district share"), RELATIVE)
        row.addWidget(QLabel(self.tr("Isolated beyond:"), self))
        row.addWidget(self.threshold_spin)
        row.addWidget(self.kind_combo)
        self.threshold_spin.valueChanged.connect(self._emit)
        self.kind_combo.currentIndexChanged.connect(self._emit)

    def rule(self) -> Rule:
        return Rule(self.kind_combo.currentData(), round(self.threshold_spin.value(), 1))

    def set_rule(self, rule: Rule) -> None:
        """Show `rule` without announcing it as a change."""
        for widget in (self.threshold_spin, self.kind_combo):
            widget.blockSignals(True)
        self.threshold_spin.setValue(rule.threshold)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(rule.kind))
        for widget in (self.threshold_spin, self.kind_combo):
            widget.blockSignals(False)

    def _emit(self) -> None:
        self.changed.emit(self.rule())
