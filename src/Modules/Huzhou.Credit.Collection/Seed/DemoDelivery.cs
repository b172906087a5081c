namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// One department's habit of delivering one catalogue item in the demo: how many batches (oldest first,
/// <paramref name="EveryDays"/> apart, the last <paramref name="LastDaysAgo"/> days ago), how many rows each, how many
/// calendar days after the decision it usually delivers (at most <paramref name="MaxLagDays"/>, skewed towards prompt),
/// which mistakes it makes (row indexes: a short credit code, an impossible date, a missing document number), and how
/// many decisions of 2023–2024 its first batch also carries (older history, counted apart from 及时率).
/// </summary>
internal sealed record DemoDelivery(
    string Department,
    string ItemCode,
    int Batches,
    int Rows,
    int LastDaysAgo,
    int MaxLagDays,
    int[] Errors,
    int HistoryRows = 0,
    int EveryDays = 30);
