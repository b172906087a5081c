using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Subjects.Features;

internal sealed record SubjectSearchQuery(string? Q, SubjectKind? Kind, string? District, bool WarningsOnly, int Page = 1, bool PendingOnly = false, string? Purpose = null);
