namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>
/// Why a <see cref="Result"/> failed, in the few kinds a caller acts on differently. Mapped once to an HTTP status and a
/// ProblemDetails title (<see cref="ResultResponses"/>) and to a page (404 page, 403 page, or the form again).
/// </summary>
public enum ErrorKind
{
    /// <summary>The input is wrong (a form field or a request value): 400 on the API, the form again with the message on screen.</summary>
    Invalid = 0,

    /// <summary>The thing asked for does not exist (or the caller may not know it exists): 404.</summary>
    NotFound = 1,

    /// <summary>The caller may not do this to this thing (scope, district, department): 403.</summary>
    Forbidden = 2,

    /// <summary>The thing is not in a state that allows it (already decided, already used, a duplicate): 409.</summary>
    Conflict = 3,

    /// <summary>Well-formed but refused by a business rule (a code with a wrong checksum, a level too low): 422.</summary>
    Unprocessable = 4,
}
