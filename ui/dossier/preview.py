"""PDF preview: Qt's own PDF view when PySide6 has QtPdf, else pages drawn with pypdfium2, else a viewer button."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PAGE_WIDTH_PX = 760  # rendered page width in the preview
MAX_PAGES = 60  # the preview stops here; the exported file has every page


def t(zh: str, en: str) -> str:
    """This package's texts come in both languages (it has its own catalogue: ui.i18n_build skips it)."""
    from ui.i18n import is_zh

    return zh if is_zh() else en


def NO_VIEWER() -> str:  # noqa: N802 - a message constant computed in the current language
    return t("此安装无法在应用内显示 PDF 页面（缺少 Qt PDF 模块或 pypdfium2），请用“用 PDF 阅读器打开”。",
             "This installation cannot show PDF pages inside the app (Qt PDF module or pypdfium2 missing). "
             "Use “Open in PDF viewer”.")


def backend() -> str:
    """'qtpdf', 'pdfium' or 'none' (what this installation can show)."""
    try:
        from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401
        return "qtpdf"
    except ImportError:
        pass
    try:
        import pypdfium2  # noqa: F401
        return "pdfium"
    except ImportError:
        return "none"


class PdfPreview(QWidget):
    """Shows PDF bytes; falls back gracefully to 'open in your PDF viewer'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = backend()
        self.page_count = 0
        self._pdf = b""
        self._tmp: Path | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(t("用 PDF 阅读器打开", "Open in PDF viewer"))
        self.open_button.clicked.connect(self.open_external)
        self.open_button.setEnabled(False)
        if self.kind == "qtpdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._doc = QPdfDocument(self)
            self._view = QPdfView(self)
            self._view.setPageMode(QPdfView.PageMode.MultiPage)
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._view.setDocument(self._doc)
            self._layout.addWidget(self._view)
            self._buffer: QBuffer | None = None
        else:
            self._scroll = QScrollArea(self)
            self._scroll.setWidgetResizable(False)
            self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._pages = QWidget()
            self._pages_layout = QVBoxLayout(self._pages)
            self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._scroll.setWidget(self._pages)
            self._pages.setObjectName("pages")
            self._pages.setStyleSheet("#pages { background: #7a7f85; }")
            self._layout.addWidget(self._scroll)
            if self.kind == "none":
                self._note(NO_VIEWER())
        self._layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

    def _note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: white; padding: 24px;")
        self._pages_layout.addWidget(label)
        label.show()
        self._pages.adjustSize()

    def _clear(self) -> None:
        while self._pages_layout.count():
            item = self._pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def set_pdf(self, pdf: bytes, images: list[QImage] | None = None) -> None:
        """Show a document; images are pages already rendered off the UI thread (pdfium)."""
        self._pdf = pdf
        self.open_button.setEnabled(bool(pdf))
        if self.kind == "qtpdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._doc.load(self._buffer)
            self.page_count = self._doc.pageCount()
            return
        self._clear()
        if self.kind == "none":
            self._note(NO_VIEWER())
            self.page_count = 0
            return
        pages = images if images is not None else render_pages(pdf)
        for img in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setFixedSize(img.size())  # a page keeps its size; the scroll area scrolls
            label.setStyleSheet("background: white;")
            self._pages_layout.addWidget(label)
            label.show()  # a child added to a visible parent is shown only later (queued): size the page list now
        self.page_count = len(pages)
        self._pages.adjustSize()

    def cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def open_external(self) -> None:
        if not self._pdf:
            return
        if self._tmp is None:
            fd, name = tempfile.mkstemp(prefix="dossier-preview-", suffix=".pdf")
            os.close(fd)
            self._tmp = Path(name)
        self._tmp.write_bytes(self._pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._tmp)))


def render_pages(pdf: bytes, width_px: int = PAGE_WIDTH_PX, max_pages: int = MAX_PAGES) -> list[QImage]:
    """Pages as QImages with pypdfium2 (safe to call on a worker thread; QImage is not a widget)."""
    if backend() != "pdfium" or not pdf:
        return []
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            scale = width_px / page.get_width()
            pil = page.render(scale=scale).to_pil().convert("RGB")
            data = pil.tobytes()
            img = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            out.append(img)
            page.close()
        return out
    finally:
        doc.close()
