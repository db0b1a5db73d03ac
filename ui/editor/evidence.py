"""Evidence tab: add photos and documents by dialog or drag and drop, thumbnails, captions, item links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assessment import ops
from assessment.errors import AssessmentError, ConcurrentEditError
from assessment.evidence_store import EvidenceStore
from assessment.views import AssessmentDetail, EvidenceView
from scoring import CriteriaSet
from ui import i18n
from ui.editor.evidence_model import THUMB, EvidenceIdRole, EvidenceModel, EvidenceRole, describe
from ui.qt_compat import index_data
from ui.session import Session


class EvidenceTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment_id: str | None = None
        self.criteria: CriteriaSet | None = None
        self.setAcceptDrops(True)
        self.model = EvidenceModel(self)
        self.view = QListView()
        self.view.setObjectName("evidence-list")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMB)
        self.view.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 44))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)
        add = QPushButton(self.tr("Add photos or documents…"))
        add.clicked.connect(self.choose_files)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.remove_current)
        hint = QLabel(self.tr("Drop files here. Photos are downscaled to the size set in Settings; the original's "
                              "SHA-256, time and GPS are kept."))
        hint.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("evidence-details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QLineEdit(placeholderText=self.tr("Caption"))
        self.caption.editingFinished.connect(self._save_caption)
        self.links = QListWidget()
        self.links.itemChanged.connect(self._links_changed)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("Caption")))
        sv.addWidget(self.caption)
        sv.addWidget(self.details)
        sv.addWidget(QLabel(self.tr("Evidence for items:")))
        sv.addWidget(self.links, 1)
        sv.addWidget(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(hint, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(buttons)
        lv.addWidget(self.view, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(side)
        split.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._show_current(None)

    # ----- data
    def set_data(self, detail: AssessmentDetail, criteria: CriteriaSet) -> None:
        self.assessment_id = detail.assessment.id
        self.criteria = criteria
        store = EvidenceStore(self.session.db.evidence_dir) if self.session.db.evidence_dir else None
        self.model.set_items(detail.evidence, store)
        self._show_current(None)

    def refresh(self) -> None:
        aid = self.assessment_id
        if aid is None:
            return
        current = self.current()
        keep = current.id if current else None

        def show(items: list[EvidenceView]) -> None:
            if aid != self.assessment_id:
                return
            self.model.set_items(items, self.model.store)
            for row, ev in enumerate(items):
                if ev.id == keep:
                    self.view.setCurrentIndex(self.model.index(row))
                    return
            self._show_current(None)

        self.session.tasks.run(lambda: ops.list_evidence(self.session.db, aid), show)

    def current(self) -> EvidenceView | None:
        idx = self.view.currentIndex()
        return index_data(idx, EvidenceRole) if idx.isValid() else None

    # ----- adding
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.xlsx *.txt);;"
                    "All files (*)"))
        if paths:
            self.attach_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.assessment_id:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    def attach_files(self, paths: list[Path], items: tuple[str, ...] = ()) -> None:
        """Import files on the worker (each its own transaction), with progress and cancel."""
        aid = self.assessment_id
        if aid is None:
            return
        go, reason = self.session.reason_for(aid, self.tr("add evidence"))
        if not go:
            return
        db, actor, versions = self.session.db, self.session.actor, self.session.versions
        max_edge = int(self.session.prefs.get("photo_max_edge"))

        def job(progress: Any, cancelled: Any) -> list[Any]:
            results: list[Any] = []
            for i, path in enumerate(paths):
                if cancelled():
                    break
                try:
                    results.append(versions.save(aid, lambda v, path=path: ops.attach_evidence(
                        db, actor, aid, path, items=items, max_edge=max_edge, reason=reason, expected_version=v)))
                except ConcurrentEditError as exc:  # someone else saved first: stop, reload, let the user look
                    results.append(exc)
                    break
                except (AssessmentError, OSError) as exc:  # one bad file does not stop the others
                    results.append(exc)
                progress(i + 1, len(paths))
            return results

        def done(results: list[Any]) -> None:
            for r in results:
                if isinstance(r, BaseException) and not isinstance(r, ConcurrentEditError):
                    self.session.messages.error(r)
            attached = [p for p, r in zip(paths, results, strict=False) if not isinstance(r, BaseException)]
            if attached:
                self._push_undo(aid, attached, [r.id for r in results if not isinstance(r, BaseException)], items)
            self.session.data_changed.emit(aid)
            stale = [r for r in results if isinstance(r, ConcurrentEditError)]
            if stale:
                self.session.refused_as_stale(aid, stale[0])

        self.session.tasks.run_long(self, self.tr("Importing evidence…"), job, done,
                                    on_cancel=lambda: self.session.data_changed.emit(aid))

    def _push_undo(self, aid: str, paths: list[Path], ids: list[str], items: tuple[str, ...]) -> None:
        """Undo removes what was attached; redo attaches the same original files again (same hashes)."""
        db, actor, versions = self.session.db, self.session.actor, self.session.versions
        max_edge = int(self.session.prefs.get("photo_max_edge"))
        state = {"ids": list(ids)}

        def revert(reason: str | None) -> None:
            for eid in state["ids"]:
                versions.save(aid, lambda v, eid=eid: ops.remove_evidence(db, actor, eid, reason=reason,
                                                                           expected_version=v))

        def apply(reason: str | None) -> None:
            state["ids"] = [versions.save(aid, lambda v, p=p: ops.attach_evidence(
                db, actor, aid, p, items=items, max_edge=max_edge, reason=reason, expected_version=v)).id
                for p in paths]

        what = (self.tr("Add %1").replace("%1", paths[0].name) if len(paths) == 1 else
                self.tr("Add %1 files").replace("%1", str(len(paths))))
        self.session.push_done(what, aid, apply, revert)

    # ----- details, caption, links
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current(index_data(current, EvidenceRole) if current.isValid() else None)

    def _show_current(self, ev: EvidenceView | None) -> None:
        self.caption.setEnabled(ev is not None)
        self.remove.setEnabled(ev is not None)
        self.links.blockSignals(True)
        self.links.clear()
        if ev is None:
            self.caption.clear()
            self.details.setText(self.tr("Choose a photo or document to see its details."))
            self.links.blockSignals(False)
            return
        self.caption.setText(ev.caption or "")
        self.details.setText(describe(ev, full=False))
        self.details.setToolTip(describe(ev))
        if self.criteria is not None:
            defs = list(self.criteria.gates) + list(self.criteria.items)
            for d in defs:
                item = QListWidgetItem(f"{d.code} {i18n.pick(d.name_zh, d.name_en)}" +
                                       (" *" if d.evidence_required else ""))
                item.setData(Qt.ItemDataRole.UserRole, d.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if d.code in ev.items else Qt.CheckState.Unchecked)
                self.links.addItem(item)
        self.links.blockSignals(False)

    def _save_caption(self) -> None:
        ev = self.current()
        if ev is None or (self.caption.text().strip() or None) == ev.caption:
            return
        new, old = self.caption.text().strip(), ev.caption or ""
        self._update(ev, self.tr("Caption of %1").replace("%1", ev.original_name), {"caption": new}, {"caption": old})

    def _links_changed(self, _item: QListWidgetItem) -> None:
        ev = self.current()
        if ev is None:
            return
        new = [self.links.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.links.count())
               if self.links.item(i).checkState() == Qt.CheckState.Checked]
        self._update(ev, self.tr("Links of %1").replace("%1", ev.original_name), {"items": new},
                     {"items": list(ev.items)})

    def _update(self, ev: EvidenceView, what: str, new: dict[str, Any], old: dict[str, Any]) -> None:
        db, actor, aid, eid = self.session.db, self.session.actor, self.assessment_id, ev.id
        versions = self.session.versions
        if aid is None:
            return

        def change(to: dict[str, Any]) -> Callable[[str | None], Any]:
            return lambda reason: versions.save(aid, lambda v: ops.update_evidence(
                db, actor, eid, reason=reason, expected_version=v, **to))

        self.session.edit(what, aid, change(new), change(old))

    def remove_current(self) -> None:
        ev = self.current()
        aid = self.assessment_id
        if ev is None or aid is None:
            return
        if self.session.messages.interactive and QMessageBox.question(
                self, self.tr("Remove evidence"),
                self.tr("Remove “%1” from this assessment? This cannot be undone; the removal is recorded in the "
                        "history.").replace("%1", ev.caption or ev.original_name)) != QMessageBox.StandardButton.Yes:
            return
        go, reason = self.session.reason_for(aid, self.tr("remove evidence"))
        if not go:
            return
        db, actor, eid, versions = self.session.db, self.session.actor, ev.id, self.session.versions
        self.session.tasks.run(
            lambda: versions.save(aid, lambda v: ops.remove_evidence(db, actor, eid, reason=reason,
                                                                    expected_version=v)),
            lambda _r: self.session.data_changed.emit(aid),
            lambda exc: self.session.report_failure(aid, exc))

    def select_id(self, evidence_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row), EvidenceIdRole) == evidence_id:
                self.view.setCurrentIndex(self.model.index(row))

    def shutdown(self) -> None:
        self.model.set_items([], None)
