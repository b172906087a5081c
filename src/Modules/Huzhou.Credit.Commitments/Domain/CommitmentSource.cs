namespace Huzhou.Credit.Commitments.Domain;

internal enum CommitmentSource : short
{
    /// <summary>Entered by the recipient department on the form.</summary>
    DepartmentForm = 1,

    /// <summary>Signed online by the organisation from a template.</summary>
    OnlineSigning = 2,

    /// <summary>Delivered as XYCN records by file, API or feed (collection), including historic imports.</summary>
    Collection = 3,
}
