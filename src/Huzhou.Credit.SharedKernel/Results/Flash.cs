using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Huzhou.Credit.SharedKernel.Results;

/// <summary>
/// The one way a browser action tells the user what happened after a redirect (post/redirect/get): a message in
/// TempData, shown once by the layout (<c>Success</c> green, <c>Error</c> red). Never a message in the query string.
/// </summary>
public static class Flash
{
    public const string SuccessKey = "Success";
    public const string ErrorKey = "Error";

    public static void Success(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[SuccessKey] = message;
    }

    public static void Error(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[ErrorKey] = message;
    }

    /// <summary>The result's message: <paramref name="successMessage"/> when it succeeded, its refusal otherwise.</summary>
    public static void Outcome(this ITempDataDictionary tempData, Result result, string successMessage)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            tempData.Success(successMessage);
        }
        else
        {
            tempData.Error(result.Error!);
        }
    }
}
