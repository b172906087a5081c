namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>
/// The outcome of a business operation that can fail for reasons a clerk understands.
/// Exceptions stay for bugs and outages; expected refusals travel as a <see cref="Result"/>
/// whose <see cref="Error"/> is a message fit to show on screen (Simplified Chinese) and whose <see cref="Kind"/> says
/// what kind of refusal it is (mapped once, by <see cref="ResultResponses"/>, to a status and a ProblemDetails title).
/// </summary>
public class Result
{
    protected Result(bool succeeded, string? error, string? field, ErrorKind kind)
    {
        Succeeded = succeeded;
        Error = error;
        Field = field;
        Kind = kind;
    }

    public bool Succeeded { get; }

    public string? Error { get; }

    /// <summary>The input field the error belongs to, when there is one (for form validation).</summary>
    public string? Field { get; }

    /// <summary>What kind of refusal a failure is (<see cref="ErrorKind.Invalid"/> unless said otherwise).</summary>
    public ErrorKind Kind { get; }

    public static Result Success() => new(true, null, null, ErrorKind.Invalid);

    public static Result Failure(string error, string? field = null) => new(false, error, field, ErrorKind.Invalid);

    public static Result Failure(ErrorKind kind, string error, string? field = null) => new(false, error, field, kind);

    public static Result NotFound(string error) => new(false, error, null, ErrorKind.NotFound);

    public static Result Forbidden(string error) => new(false, error, null, ErrorKind.Forbidden);

    public static Result Conflict(string error) => new(false, error, null, ErrorKind.Conflict);

    public static Result<T> Success<T>(T value) => Result<T>.Success(value);
}

/// <summary>A <see cref="Result"/> carrying a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(bool succeeded, T? value, string? error, string? field, ErrorKind kind)
        : base(succeeded, error, field, kind) => _value = value;

    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException("A failed result has no value: " + Error);

    public static Result<T> Success(T value) => new(true, value, null, null, ErrorKind.Invalid);

    public static new Result<T> Failure(string error, string? field = null) => new(false, default, error, field, ErrorKind.Invalid);

    public static new Result<T> Failure(ErrorKind kind, string error, string? field = null) => new(false, default, error, field, kind);

    public static new Result<T> NotFound(string error) => new(false, default, error, null, ErrorKind.NotFound);

    public static new Result<T> Forbidden(string error) => new(false, default, error, null, ErrorKind.Forbidden);

    public static new Result<T> Conflict(string error) => new(false, default, error, null, ErrorKind.Conflict);

    /// <summary>The same failure carrying another value type (a feature passing on a refusal of the one it called).</summary>
    public Result<TOther> Cast<TOther>() => Succeeded
        ? throw new InvalidOperationException("Only a failed result can be passed on as another type.")
        : Result<TOther>.Failure(Kind, Error!, Field);
}
