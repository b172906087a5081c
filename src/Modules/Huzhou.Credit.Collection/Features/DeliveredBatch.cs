using Huzhou.Credit.Collection.Domain;

namespace Huzhou.Credit.Collection.Features;

/// <summary>The batch as processed, with its rejected rows in row order.</summary>
internal sealed record DeliveredBatch(CollectionBatch Batch, IReadOnlyList<DeliveredRejection> Rejections);
