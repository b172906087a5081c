namespace Huzhou.Credit.Collection.Seed;

/// <summary>
/// One department's demo penalty deliveries: its authority, cases, how many monthly batches of how many rows, how many
/// days ago the last one came, the longest lag from decision to delivery, the row indexes of its mistakes (a short credit
/// code, an impossible date, a missing document number, in that order) and the older-history rows of its first batch.
/// </summary>
internal sealed record DemoDelivery(
    string Department,
    string Authority,
    string Prefix,
    string AuthorityCode,
    (string Act, string Basis, string Kinds, string Content, string Fine, string Procedure)[] Cases,
    int Batches,
    int Rows,
    int LastDaysAgo,
    int MaxLagDays,
    int[] Errors,
    int HistoryRows);
