"""File ▸ Import contacts…: a wizard from file to contacts (preview, mapping, check, import, undo)."""

from segdesk.ui.import_wizard.actions import ImportActions
from segdesk.ui.import_wizard.history import ImportHistoryDialog
from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportActions", "ImportHistoryDialog", "ImportWizard"]
