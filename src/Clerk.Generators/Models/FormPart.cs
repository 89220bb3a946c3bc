namespace Clerk.Generators.Models
{
    /// <summary>Which part of a form a <see cref="ParameterSource.Form"/> parameter takes.</summary>
    internal enum FormPart
    {
        /// <summary>Not a form parameter.</summary>
        None,
        /// <summary>A <c>[FromForm]</c> field: a simple value or an array of them, parsed like a query value.</summary>
        Value,
        /// <summary>An <c>IFormFile</c>: the uploaded file of its name.</summary>
        File,
        /// <summary>An <c>IFormFileCollection</c>: every uploaded file.</summary>
        Files,
        /// <summary>An <c>IFormCollection</c>: the whole form.</summary>
        Collection,
        /// <summary>A complex <c>[FromForm]</c> type: its members are fields of their names.</summary>
        Object,
    }
}
