namespace Huzhou.Credit.Publicity.Domain;

/// <summary>A standard column every installation has, or a special column (专题专栏) the credit office creates.</summary>
internal enum ColumnKind : short
{
    Standard = 1,
    Special = 2,
}
