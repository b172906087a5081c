namespace Huzhou.Credit.Collection.Features;

/// <summary>A rejected row of a delivered batch, as the API answers it.</summary>
internal sealed record DeliveredRejection(int Row, string? Field, string Reason);
