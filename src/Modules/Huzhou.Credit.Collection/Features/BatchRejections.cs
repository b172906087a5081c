using Huzhou.Credit.Collection.Domain;

namespace Huzhou.Credit.Collection.Features;

/// <summary>The first rejected rows of a batch (in row order) and how many there are in all.</summary>
internal sealed record BatchRejections(IReadOnlyList<BatchRejection> First, long Count);
