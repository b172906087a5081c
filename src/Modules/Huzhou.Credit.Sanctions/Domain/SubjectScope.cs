namespace Huzhou.Credit.Sanctions.Domain;

/// <summary>Which subjects a rule applies to.</summary>
internal enum SubjectScope : short
{
    All = 0,
    Organisations = 1,
    Persons = 2,
}
