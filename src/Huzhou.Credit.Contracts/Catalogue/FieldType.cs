namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The type of a field of an item's schema.</summary>
public enum FieldType
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A calendar date (yyyy-MM-dd, also yyyy/M/d and yyyyMMdd on input).</summary>
    Date = 2,

    /// <summary>A decimal number.</summary>
    Decimal = 3,

    /// <summary>One value of <see cref="CatalogueField.Options"/> (matched by code or label).</summary>
    Enum = 4,

    /// <summary>A unified social credit code.</summary>
    Uscc = 5,

    /// <summary>A resident ID number.</summary>
    IdNumber = 6,

    /// <summary>One or more values of <see cref="CatalogueField.Options"/>, separated by 、 ， , ; or ；.</summary>
    CodeList = 7,
}
