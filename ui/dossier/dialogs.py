"""The dossier dialog (preview, language, export, certificate) and the campaign batch-export dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessment import dossier
from assessment.db import Database
from assessment.dossier.batch import BatchResult
from ui.dossier.preview import PdfPreview, render_pages, t


def language_box(parent: QWidget, default: str = "both") -> QComboBox:
    box = QComboBox(parent)
    for code, text in (("zh", "中文"), ("en", "English"), ("both", "中文 + English")):
        box.addItem(text, code)
    box.setCurrentIndex(max(0, box.findData(default)))
    return box


def preferred_font() -> str | None:
    """The CJK font chosen in the settings, when the settings declare one (else: found on this machine)."""
    from ui.settings import PREFERENCES, Preferences

    if "cjk_font" not in PREFERENCES:
        return None
    return str(Preferences().get("cjk_font") or "") or None


def actor() -> str:
    from ui.settings import Preferences

    return Preferences().actor()


class _Worker:
    """One background thread per dialog; results come back through a queued signal."""

    def __init__(self, deliver: Signal) -> None:
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="lcs-dossier")
        self._deliver = deliver

    def run(self, tag: str, fn: Callable[[], Any]) -> None:
        if self._pool is None:
            return

        def job() -> None:
            try:
                self._deliver.emit(tag, fn(), None)
            except BaseException as exc:  # shown in the dialog, never lost in the thread
                self._deliver.emit(tag, None, exc)

        self._pool.submit(job)

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


class DossierDialog(QDialog):
    """Preview one candidate's dossier in the chosen language; export it or its certificate."""

    preview_ready = Signal(int)  # pages shown
    exported = Signal(object)  # assessment.dossier.Issued
    failed = Signal(str)
    _done = Signal(str, object, object)

    def __init__(self, db: Database, assessment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.assessment_id = db, assessment_id
        self.font_path = preferred_font()
        self.setWindowTitle(t("评审档案", "Award dossier"))
        self.resize(900, 1000)
        self.lang = language_box(self)
        self.refresh_button = QPushButton(t("刷新预览", "Refresh preview"))
        self.export_button = QPushButton(t("导出 PDF…", "Export PDF…"))
        self.cert_button = QPushButton(t("荣誉证书…", "Certificate…"))
        self.status = QLabel(t("正在生成预览…", "Preparing the preview…"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(t("语言：", "Language:")))
        top.addWidget(self.lang)
        top.addStretch(1)
        for b in (self.refresh_button, self.export_button, self.cert_button):
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.preview, 1)
        self._worker = _Worker(self._done)
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.refresh_button.clicked.connect(self.refresh)
        self.lang.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self._choose_export)
        self.cert_button.clicked.connect(self._choose_certificate)
        self.data: Any = None
        self.refresh()

    def refresh(self) -> None:
        self._busy(True)
        self.status.setText(t("正在生成预览…", "Preparing the preview…"))
        lang, font, db, aid, who = self.lang.currentData(), self.font_path, self.db, self.assessment_id, actor()

        def job() -> tuple[bytes, Any, list]:
            pdf, data = dossier.dossier_pdf(db, aid, lang, font, actor=who)
            return pdf, data, render_pages(pdf)

        self._worker.run("preview", job)

    def export_to(self, path: str | Path, kind: str = "dossier") -> None:
        """Write the dossier (or certificate) to path on the worker; ``exported`` or ``failed`` follows."""
        self._busy(True)
        lang, font, db, aid, who = self.lang.currentData(), self.font_path, self.db, self.assessment_id, actor()
        fn = dossier.export_dossier if kind == "dossier" else dossier.export_certificate
        self._worker.run("export", lambda: fn(db, aid, path, lang=lang, actor=who, font=font))

    def _choose_export(self) -> None:
        name = f"{self.data.site_code}.pdf" if self.data is not None else "dossier.pdf"
        path, _ = QFileDialog.getSaveFileName(self, t("导出评审档案", "Export dossier"), name, "PDF (*.pdf)")
        if path:
            self.export_to(path)

    def _choose_certificate(self) -> None:
        name = f"{self.data.site_code}-certificate.pdf" if self.data is not None else "certificate.pdf"
        path, _ = QFileDialog.getSaveFileName(self, t("导出荣誉证书", "Export certificate"), name, "PDF (*.pdf)")
        if path:
            self.export_to(path, "certificate")

    def _busy(self, busy: bool) -> None:
        for b in (self.refresh_button, self.export_button, self.lang):
            b.setEnabled(not busy)
        awarded = self.data is not None and self.data.award[1].startswith("Awarded")
        self.cert_button.setEnabled(not busy and awarded)

    def _finished(self, tag: str, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._busy(False)
            self.status.setText(t("失败：%1", "Failed: %1").replace("%1", str(error)))
            self.failed.emit(str(error))
            return
        if tag == "preview":
            pdf, data, pages = result
            self.data = data
            self._busy(False)
            self.preview.set_pdf(pdf, pages)
            text = (t("档案 %1 · 指纹 %2", "Dossier %1 · fingerprint %2")
                    .replace("%1", data.number).replace("%2", data.fingerprint))
            if data.provisional:
                text += " · " + t("暂定（草稿数据）", "PROVISIONAL (draft data)")
            for w in data.warnings:
                text += "\n⚠ " + w
            self.status.setText(text)
            self.preview_ready.emit(self.preview.page_count)
        else:
            self._busy(False)
            self.status.setText(t("已写入：%1", "Written: %1").replace("%1", str(result.path)))
            self.exported.emit(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._worker.shutdown()
        self.preview.cleanup()
        super().closeEvent(event)

    def done(self, r: int) -> None:
        self._worker.shutdown()
        self.preview.cleanup()
        super().done(r)


class BatchExportDialog(QDialog):
    """All dossiers of a campaign into a folder, on worker processes, with progress and cancel."""

    progressed = Signal(int, int)
    finished_batch = Signal(object)  # BatchResult, or an exception
    _report_done = Signal(object)

    def __init__(self, db: Database, campaign_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.campaign = db, campaign_code
        self.font_path = preferred_font()
        self.setWindowTitle(t("导出本批次全部评审档案", "Export the dossiers of a campaign"))
        self.resize(560, 220)
        self.lang = language_box(self)
        self.folder = QLineEdit(self)
        browse = QPushButton(t("浏览…", "Browse…"))
        browse.clicked.connect(self._browse)
        self.start_button = QPushButton(t("导出", "Export"))
        self.report_button = QPushButton(t("汇总报告…", "Summary report…"))
        self.cancel_button = QPushButton(t("取消", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(t("评选批次 %1", "Campaign %1").replace("%1", campaign_code))
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(t("文件夹：", "Folder:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(t("语言：", "Language:")))
        buttons.addWidget(self.lang)
        buttons.addStretch(1)
        for b in (self.report_button, self.start_button, self.cancel_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addWidget(self.bar)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.result: BatchResult | None = None
        self.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.finished_batch.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.report_button.clicked.connect(self._choose_report)
        self._report_done.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, t("评审档案的保存文件夹", "Folder for the dossiers"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)

    def start(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(t("请先选择文件夹。", "Choose a folder first."))
            return
        self._cancel.clear()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(t("正在启动后台进程…", "Starting the workers…"))
        lang, font, who = self.lang.currentData(), self.font_path, actor()

        def job() -> None:
            try:
                res = dossier.export_campaign(self.db, self.campaign, folder, lang=lang, actor=who, font=font,
                                              progress=self.progressed.emit, cancelled=self._cancel.is_set)
            except BaseException as exc:
                self.finished_batch.emit(exc)
            else:
                self.finished_batch.emit(res)

        self._thread = threading.Thread(target=job, name="lcs-dossier-batch")
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(t("正在取消：正在生成的档案会完成，其余跳过…",
                              "Cancelling: the dossiers being written are finished, the rest skipped…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if not self._cancel.is_set():
            self.status.setText(t("已生成 %1 / %2 份档案", "%1 of %2 dossiers written")
                                .replace("%1", str(done)).replace("%2", str(total)))

    def _on_finished(self, res: object) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(res, BaseException):
            self.status.setText(t("失败：%1", "Failed: %1").replace("%1", str(res)))
            return
        assert isinstance(res, BatchResult)
        self.result = res
        text = (t("已生成 %1 / %2 份档案", "%1 of %2 dossiers written")
                .replace("%1", str(len(res.written))).replace("%2", str(res.total)))
        if res.cancelled:
            text += " · " + t("已取消", "cancelled")
        for code, err in res.failed:
            text += f"\n✗ {code}: {err}"
        for w in res.warnings:
            text += "\n⚠ " + w
        self.status.setText(text)

    def _choose_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, t("汇总报告", "Summary report"), f"{self.campaign}-report.pdf",
                                              "PDF (*.pdf)")
        if path:
            self.export_report(path)

    def export_report(self, path: str | Path) -> None:
        lang, font, who = self.lang.currentData(), self.font_path, actor()

        def job() -> None:
            try:
                self._report_done.emit(dossier.export_report(self.db, self.campaign, path, lang=lang, font=font,
                                                             actor=who))
            except BaseException as exc:
                self._report_done.emit(exc)

        self.report_button.setEnabled(False)
        t = threading.Thread(target=job, name="lcs-dossier-report")
        t.start()
        self._report_thread = t

    def _on_report(self, res: object) -> None:
        self._report_thread.join()
        self.report_button.setEnabled(True)
        if isinstance(res, BaseException):
            self.status.setText(t("失败：%1", "Failed: %1").replace("%1", str(res)))
        else:
            self.status.setText(t("汇总报告已写入：%1", "Summary report written: %1").replace("%1", str(res.path)))  # type: ignore[attr-defined]

    def shutdown(self) -> None:
        """Cancel and wait for the batch (finished files stay; nothing half-written)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)

    def done(self, r: int) -> None:
        self.shutdown()
        super().done(r)
