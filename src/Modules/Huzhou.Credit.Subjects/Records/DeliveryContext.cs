namespace Huzhou.Credit.Subjects.Records;

/// <summary>Who delivers what, and the instant every row of the delivery is stamped with.</summary>
internal sealed record DeliveryContext(long BatchId, string Department, string Actor, DateTimeOffset Now);
