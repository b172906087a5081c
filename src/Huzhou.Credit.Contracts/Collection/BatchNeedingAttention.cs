namespace Huzhou.Credit.Contracts.Collection;

/// <summary>A batch needing attention: no file content and no personal data, only what identifies the delivery.</summary>
public sealed record BatchNeedingAttention(
    long Id, string DepartmentCode, string ItemCode, string StatusName, bool Failed, int Attempts, long RowsRead,
    DateTimeOffset CreatedAt, DateTimeOffset? HeartbeatAt, string? Error);
