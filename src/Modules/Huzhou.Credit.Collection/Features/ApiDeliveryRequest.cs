using System.Text.Json;

namespace Huzhou.Credit.Collection.Features;

/// <summary>A department system's delivery through the API: the records (a JSON array of objects) for an item.</summary>
/// <param name="ItemCode">The item the records are delivered for.</param>
/// <param name="Records">The JSON array as received (its shape and size are checked by the caller).</param>
/// <param name="DepartmentCode">The API client's department.</param>
/// <param name="ClientId">The API client, recorded as the batch's author.</param>
internal sealed record ApiDeliveryRequest(string ItemCode, JsonElement Records, string DepartmentCode, string? ClientId);
