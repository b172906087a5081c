using Huzhou.Credit.Publicity.Domain;

namespace Huzhou.Credit.Publicity.Areas.Publicity.Models;

/// <summary>The columns page: every column with its published count; the new special column's form values.</summary>
internal sealed record ColumnsViewModel(IReadOnlyList<(PublicityColumn Column, int Published)> Columns, string? Name, string? Slug, string? Description);
