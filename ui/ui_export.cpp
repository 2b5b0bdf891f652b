// ferry_ui: wizard pages, mapping view, charts and dialogs (see the wizard issue).
namespace ferry::ui {
int uiLibraryVersion() { return 1; }
}
