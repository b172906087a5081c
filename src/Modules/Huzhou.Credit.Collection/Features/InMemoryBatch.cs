using Huzhou.Credit.Collection.Domain;

namespace Huzhou.Credit.Collection.Features;

/// <summary>Who delivers rows held in memory (<see cref="InMemoryDelivery"/>), and whether there are any.</summary>
/// <param name="DepartmentCode">The providing department.</param>
/// <param name="DistrictCode">Its district (null: city level).</param>
/// <param name="Source">API or 平台业务.</param>
/// <param name="Actor">Who delivered: the API client (<c>api-client:…</c>) or the module's user.</param>
/// <param name="SourceName">What the batch list shows as its file (null for the API).</param>
/// <param name="AnyRows">False for an empty delivery: it completes with nothing instead of failing for missing columns.</param>
internal sealed record InMemoryBatch(string DepartmentCode, string? DistrictCode, BatchSource Source, string Actor, string? SourceName, bool AnyRows);
