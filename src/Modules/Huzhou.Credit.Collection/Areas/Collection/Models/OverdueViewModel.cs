using Huzhou.Credit.Collection.Features;

namespace Huzhou.Credit.Collection.Areas.Collection.Models;

/// <summary>Rows: The overdue providers, never-delivered first, then longest overdue. Watched: How many (department, item) pairs have an expected period.</summary>
internal sealed record OverdueViewModel(IReadOnlyList<ProviderDue> Rows, int Watched, DateOnly Today);
