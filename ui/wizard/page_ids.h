#pragma once
// The wizard's pages in order. The tour and the tests address pages by these ids.
namespace ferry::ui {
enum PageId : int {
    StartPageId = 0,
    SourcePageId,
    TargetPageId,
    TablesPageId,
    MappingPageId,
    DryRunPageId,
    RunPageId,
    FinishPageId,
};
} // namespace ferry::ui
