namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>The retire form.</summary>
internal sealed class RetireForm
{
    public string? Reason { get; set; }
}
