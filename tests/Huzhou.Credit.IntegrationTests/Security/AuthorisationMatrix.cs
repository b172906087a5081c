namespace Huzhou.Credit.IntegrationTests.Security;

/// <summary>
/// THE authorisation table (issue #23): every route the application maps × every kind of caller → what the caller gets.
/// <see cref="AuthorisationMatrixTests"/> checks that it names every endpoint of the running host (a new route without
/// a row fails the build) and asks every route as every caller.
/// </summary>
/// <remarks>
/// <para>One line per route pattern and method, exactly as the host maps it (<c>ANY</c> for an endpoint that accepts
/// every method: health checks, the job dashboard, the error page). Then the fixture that fills the route's parameters
/// (<c>-</c> when it has none; see <see cref="Fixtures"/>), then one code per caller, in the order of the header.</para>
/// <para>Callers (columns):</para>
/// <list type="bullet">
/// <item><c>anon</c> nobody signed in; <c>admin</c> 系统管理员 (<c>admin</c>);</item>
/// <item><c>xyb</c> the city credit office (<c>xinyongban</c>, 330500); <c>cxxyb</c> a district credit office (<c>changxing.xyb</c>, 长兴 330522);</item>
/// <item><c>staff</c> / <c>rev</c> city market regulation staff and reviewer (<c>scjg.staff</c>, <c>scjg.reviewer</c>, department HZ-SJJ);</item>
/// <item><c>wxst</c> district department staff of 吴兴 (<c>wuxing.staff</c>, WX-SJJ, 330502); <c>cxst</c> of 长兴 (<c>changxing.staff</c>, CX-SJJ, 330522);</item>
/// <item><c>kiosk</c> the hall terminal; <c>verif</c> a 核验员 (<c>hexiao.tsg</c>); <c>org</c> an organisation user (<c>qiye.demo</c>, /org);
/// <c>cit</c> a citizen (<c>shimin.demo</c>, /citizen);</item>
/// <item><c>keys</c> four API clients, one per scope (subjects:read, collection:write, checks:write, integrity:verify).</item>
/// </list>
/// <para>District: the fixtures of district-scoped data lie in 吴兴 (330502) or belong to a city department (HZ-SJJ), so
/// <c>wxst</c> asks for its own district and <c>cxxyb</c> / <c>cxst</c> for another district's data.</para>
/// <para>Codes:</para>
/// <list type="bullet">
/// <item><c>ok</c> allowed: a GET answers 2xx or a redirect that is not to a sign-in or access-denied page. A POST row's
/// <c>ok</c> is documentation only: POSTs are sent only to the callers the table refuses (see the test's header);</item>
/// <item><c>in</c> redirect to the staff sign-in <c>/account/login</c>; <c>org</c> to <c>/org/login</c>; <c>cit</c> to <c>/citizen/login</c>;</item>
/// <item><c>403</c> 403 or the redirect to <c>/account/access-denied</c>; <c>401</c> 401 (the API and the job dashboard);</item>
/// <item><c>kio</c> the redirect back to <c>/kiosk</c>: a hall terminal is kept on its own pages (KioskPathFilter);</item>
/// <item><c>msg</c> refused inside the action with a Chinese message: 422 with the form shown again, or a redirect that
/// leaves an error message in TempData (or, where a module still does so, whose address carries <c>error=</c>): the
/// module's own way of saying "only the city credit office may ..."; its tests check the message;</item>
/// <item>another number: that status for everyone (the error pages answer the status they show: <c>/error</c> 500,
/// <c>/error/404</c> 404, the access-denied page 403);</item>
/// <item><c>404</c> not found: another district's or another organisation's data is answered as if it did not exist;</item>
/// <item>in the <c>keys</c> column: <c>anon</c> every key is treated as nobody (the same code as <c>anon</c>: keys are
/// for <c>/api/v1</c> only); a scope (<c>sub</c>, <c>col</c>, <c>chk</c>, <c>int</c>) means the key with that
/// scope is allowed and the other three keys get 403.</item>
/// </list>
/// <para>To add a route: add its line here (the coverage test prints the missing line's method and pattern), with a
/// fixture when it has parameters. Be strict: a caller the docs' access table does not name gets a refusal code.</para>
/// </remarks>
internal static class AuthorisationMatrix
{
    public static readonly string[] Callers = ["anon", "admin", "xyb", "cxxyb", "staff", "rev", "wxst", "cxst", "kiosk", "verif", "org", "cit", "keys"];

    public const string Table = """
        #    route (method first)                                           fixture         anon  admin xyb   cxxyb staff rev   wxst  cxst  kiosk verif org   cit   keys
        # ── platform ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /                                                              -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /staff                                                         -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /admin                                                         -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/job-runs                                                -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/job-runs/batches/{id:long}/requeue                      batch           in    ok    403   403   403   403   403   403   403   403   in    in    anon
        ANY  /admin/jobs/{**path}                                           jobs            401   ok    403   403   403   403   403   403   kio   403   401   401   anon
        ANY  /health/live                                                   -               ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        ANY  /health/ready                                                  -               ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        GET  /api/{documentName}/openapi.json                               openapi         ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        GET  /api/docs                                                      -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        ANY  /error                                                         -               500   500   500   500   500   500   500   500   kio   500   500   500   anon
        ANY  /error/{status:int}                                            status404       404   404   404   404   404   404   404   404   kio   404   404   404   anon
        GET  /.well-known/jwks.json                                         -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        # ── staff accounts (Identity) ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /account/login                                                 -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /account/login                                                 -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /account/logout                                                -               ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        GET  /account/access-denied                                         -               403   403   403   403   403   403   403   403   kio   403   403   403   anon
        GET  /account/password                                              -               in    ok    ok    ok    ok    ok    ok    ok    kio   ok    in    in    anon
        POST /account/password                                              -               in    ok    ok    ok    ok    ok    ok    ok    kio   ok    in    in    anon
        GET  /admin/users                                                   -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/users/create                                            -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/users/create                                            -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/users/{id:long}/edit                                    user            in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/users/{id:long}/edit                                    user            in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/users/{id:long}/reset-password                          user            in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/departments                                             -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/departments/create                                      -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/departments/create                                      -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/departments/{id:long}/edit                              department      in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/departments/{id:long}/edit                              department      in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/roles                                                   -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/api-clients                                             -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/api-clients                                             -               in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/api-clients/{id:long}/revoke                            apiClient       in    ok    403   403   403   403   403   403   403   403   in    in    anon
        POST /admin/api-clients/{id:long}/test                              apiClient       in    ok    403   403   403   403   403   403   403   403   in    in    anon
        GET  /admin/audit                                                   -               in    ok    ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /admin/citizens                                                -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        POST /admin/citizens                                                -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /admin/organisations                                           -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /admin/organisations/new                                       -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        POST /admin/organisations/new                                       -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        POST /admin/organisations/{id:long}/decision                        orgAccount      in    403   ok    msg   403   403   403   403   403   403   in    in    anon
        GET  /admin/organisations/{id:long}/letter                          orgAccount      in    403   ok    404   403   403   403   403   403   403   in    in    anon
        # ── organisation users and citizens (own cookie schemes) ─────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /org                                                           -               org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/login                                                     -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /org/login                                                     -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /org/logout                                                    -               org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/register                                                  -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /org/register                                                  -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /org/evaluation                                                -               org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/commitments                                               -               org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/commitments/sign/{templateId:long}                        template        org   org   org   org   org   org   org   org   org   org   ok    org   anon
        POST /org/commitments/sign/{templateId:long}                        template        org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/repair                                                    -               org   org   org   org   org   org   org   org   org   org   ok    org   anon
        GET  /org/repair/{id:long}                                          otherOrgApp     org   org   org   org   org   org   org   org   org   org   404   org   anon
        GET  /org/repair/{id:long}/letter                                   otherOrgApp     org   org   org   org   org   org   org   org   org   org   404   org   anon
        GET  /org/repair/apply/{recordId:long}                              otherOrgRec     org   org   org   org   org   org   org   org   org   org   404   org   anon
        POST /org/repair/apply/{recordId:long}                              otherOrgRec     org   org   org   org   org   org   org   org   org   org   404   org   anon
        GET  /org/repair/apply-list/{entryId:long}                          otherOrgEntry   org   org   org   org   org   org   org   org   org   org   404   org   anon
        POST /org/repair/apply-list/{entryId:long}                          otherOrgEntry   org   org   org   org   org   org   org   org   org   org   404   org   anon
        GET  /org/repair/objections/new/{recordId:long}                     otherOrgRec     org   org   org   org   org   org   org   org   org   org   404   org   anon
        POST /org/repair/objections/new/{recordId:long}                     otherOrgRec     org   org   org   org   org   org   org   org   org   org   404   org   anon
        GET  /citizen                                                       -               cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   ok    anon
        GET  /citizen/code                                                  -               cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   ok    anon
        GET  /citizen/records                                               -               cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   ok    anon
        GET  /citizen/records/{recordId:long}/objection                     otherPersonRec  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        POST /citizen/records/{recordId:long}/objection                     otherPersonRec  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        GET  /citizen/records/{recordId:long}/repair                        otherPersonRec  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        POST /citizen/records/{recordId:long}/repair                        otherPersonRec  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        GET  /citizen/records/applications/{id:long}                        otherPersonApp  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        GET  /citizen/records/applications/{id:long}/letter                 otherPersonApp  cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   404   anon
        GET  /citizen/login                                                 -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /citizen/login                                                 -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /citizen/login/oidc                                            -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /citizen/logout                                                -               cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   cit   ok    anon
        # ── public portal, hall terminal, report verification ────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /public                                                        -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/suggest                                                -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/dossier/{uscc}                                         organisation    ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        POST /public/dossier/{uscc}/report                                  organisation    ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/publicity                                              -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/lists                                                  -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/commitments                                            -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/schemes                                                -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /public/schemes/{code}                                         scheme          ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /verify                                                        -               ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        GET  /verify/{number}                                               report          ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    ok    anon
        GET  /kiosk                                                         -               in    403   403   403   403   403   403   403   ok    403   in    in    anon
        GET  /kiosk/suggest                                                 -               in    403   403   403   403   403   403   403   ok    403   in    in    anon
        GET  /kiosk/dossier/{uscc}                                          organisation    in    403   403   403   403   403   403   403   ok    403   in    in    anon
        POST /kiosk/dossier/{uscc}/report                                   organisation    in    403   403   403   403   403   403   403   ok    403   in    in    anon
        # ── API for business and departments' systems (X-Api-Key) ────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /api/v1/subjects/{code}                                        apiSubject      401   401   401   401   401   401   401   401   401   401   401   401   sub
        POST /api/v1/collection/{itemCode}/records                          apiItem         401   401   401   401   401   401   401   401   401   401   401   401   col
        POST /api/v1/checks                                                 -               401   401   401   401   401   401   401   401   401   401   401   401   chk
        POST /api/v1/checks/batch                                           -               401   401   401   401   401   401   401   401   401   401   401   401   chk
        POST /api/v1/checks/{id:long}/feedback                              check           401   401   401   401   401   401   401   401   401   401   401   401   chk
        POST /api/v1/integrity/verifications                                -               401   401   401   401   401   401   401   401   401   401   401   401   int
        POST /api/v1/integrity/redemptions                                  -               401   401   401   401   401   401   401   401   401   401   401   401   int
        # ── registry (Subjects) and the staff dossier ────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /subjects                                                      -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /subjects/create                                               -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        POST /subjects/create                                               -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        GET  /subjects/{id:long}                                            person          in    403   ok    404   ok    ok    ok    404   403   403   in    in    anon
        GET  /subjects/{id:long}/edit                                       person          in    403   ok    404   ok    403   ok    404   403   403   in    in    anon
        POST /subjects/{id:long}/edit                                       person          in    403   ok    404   ok    403   ok    404   403   403   in    in    anon
        GET  /subjects/{id:long}/records/{recordId:long}                    personRecord    in    403   ok    404   ok    ok    ok    404   403   403   in    in    anon
        POST /subjects/{id:long}/reveal                                     person          in    403   ok    404   403   ok    403   403   403   403   in    in    anon
        POST /subjects/{id:long}/records/{recordId:long}/reveal             personRecord    in    403   ok    404   403   ok    403   403   403   403   in    in    anon
        POST /subjects/{id:long}/verify                                     person          in    403   ok    404   ok    403   ok    403   403   403   in    in    anon
        GET  /dossier/{id:long}                                             person          in    403   ok    404   ok    ok    ok    404   403   403   in    in    anon
        GET  /dossier/reports                                               -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        # ── catalogue ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /catalogue                                                     -               in    ok    ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /catalogue/{code}                                              item            in    ok    ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /catalogue/{code}/template                                     item            in    ok    ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /catalogue/publicity-rules                                     -               in    ok    ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /catalogue/create                                              -               in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/create                                              -               in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        GET  /catalogue/{code}/edit                                         item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/{code}/edit                                         item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        GET  /catalogue/{code}/retire                                       item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/{code}/retire                                       item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/{code}/synonyms                                     item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/{code}/delivery-period                              item            in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/{code}/synonyms/{id:long}/deactivate                synonym         in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/publicity-rules/mappings                            -               in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /catalogue/publicity-rules/mappings/{id:long}/deactivate       mapping         in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        # ── collection ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /collection                                                    -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /collection/upload                                             -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        POST /collection/upload                                             -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        GET  /collection/batches/{id:long}                                  batch           in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /collection/batches/{id:long}/preview                          batch           in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /collection/batches/{id:long}/progress                         batch           in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /collection/batches/{id:long}/rejections.{format}              batch           in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        POST /collection/batches/{id:long}/mapping                          batch           in    403   ok    404   ok    403   404   404   403   403   in    in    anon
        POST /collection/batches/{id:long}/confirm                          batch           in    403   ok    404   ok    403   404   404   403   403   in    in    anon
        POST /collection/batches/{id:long}/cancel                           batch           in    403   ok    404   ok    403   404   404   403   403   in    in    anon
        POST /collection/batches/{id:long}/requeue                          batch           in    403   ok    404   403   403   404   404   403   403   in    in    anon
        GET  /collection/statistics                                         -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /collection/statistics/export                                  -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /collection/overdue                                            -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        # A department's own scorecard; the credit office is sent to the ranking; a district department has no city department's.
        GET  /collection/scorecard                                          -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /collection/scorecard/{department}                             scorecard       in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /collection/scorecard/{department}/export                      scorecard       in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        # ── lists ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /lists                                                         -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /lists/types                                                   -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /lists/types/{code}/authorities                                listType        in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /lists/types/{code}/authorities                                listType        in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /lists/propose                                                 -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /lists/propose                                                 -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /lists/entries/{id:long}                                       entry           in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        # Approval is the credit office's of the entry's district; the workflow refuses departments with a message (422).
        GET  /lists/entries/{id:long}/document                              entryDocument   in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /lists/entries/{id:long}/approve                               entry           in    403   ok    404   403   403   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/approve                               entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/obligation-met                        entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/notice                                entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/statement                             entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/reject                                entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        POST /lists/entries/{id:long}/remove                                entry           in    403   ok    404   msg   msg   404   404   403   403   in    in    anon
        GET  /lists/import                                                  -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /lists/import                                                  -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /lists/import/{id:long}                                        listImport      in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /lists/import/{id:long}/rejections.{format}                    listImport      in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /lists/import/{id:long}/status                                 listImport      in    403   ok    403   403   403   403   403   403   403   in    in    anon
        # ── joint reward and punishment (Sanctions) ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /sanctions/catalogue                                           -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /sanctions/catalogue/measures                                  -               in    403   ok    msg   msg   msg   msg   msg   403   403   in    in    anon
        POST /sanctions/catalogue/measures/{code}/retire                    measure         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /sanctions/catalogue/matters                                   -               in    403   ok    msg   msg   msg   msg   msg   403   403   in    in    anon
        POST /sanctions/catalogue/matters/{code}/retire                     matter          in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /sanctions/statistics                                          -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /sanctions/statistics/export                                   -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /sanctions/cases                                               -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /sanctions/checks                                              -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /sanctions/rules                                               -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /sanctions/rules/draft                                         -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /sanctions/rules/{version:int}/rules                           ruleSet         in    403   ok    msg   msg   msg   msg   msg   403   403   in    in    anon
        POST /sanctions/rules/{version:int}/rules/{ruleId:long}/delete      rule            in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /sanctions/rules/{version:int}/rules/{ruleId:long}             rule            in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /sanctions/rules/{version:int}/discard                         ruleSet         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /sanctions/rules/{version:int}/try                             ruleSet         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /sanctions/rules/{version:int}/replay                          ruleSet         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /sanctions/rules/{version:int}/publish                         ruleSet         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        # ── industry grading (Evaluation) ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /evaluation                                                    -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /evaluation/runs/{id:long}                                     run             in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /evaluation/runs                                               -               in    403   ok    msg   msg   msg   msg   msg   403   403   in    in    anon
        GET  /evaluation/fields/{code}                                      field           in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /evaluation/fields/{code}/export                               field           in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /evaluation/fields/{code}/subjects/{subjectId:long}            graded          in    403   ok    404   ok    ok    ok    404   403   403   in    in    anon
        GET  /evaluation/fields/{code}/models/{version:int}                 model           in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /evaluation/fields/{code}/models/draft                         field           in    403   ok    msg   msg   msg   msg   msg   403   403   in    in    anon
        POST /evaluation/fields/{code}/models/{version:int}                 model           in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /evaluation/fields/{code}/models/{version:int}/publish         model           in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /evaluation/fields/new                                         -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /evaluation/fields/new                                         -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        # ── commitments ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /commitments                                                   -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /commitments/statistics                                        -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /commitments/statistics/export                                 -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /commitments/export                                            -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /commitments/new                                               -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        POST /commitments/new                                               -               in    403   ok    ok    ok    403   ok    ok    403   403   in    in    anon
        GET  /commitments/{id:long}                                         commitment      in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        GET  /commitments/{id:long}/evidence                                commitment      in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        POST /commitments/{id:long}/verify                                  commitment      in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        POST /commitments/{id:long}/withdraw                                commitment      in    403   ok    404   ok    ok    404   404   403   403   in    in    anon
        # ── monitoring ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /monitoring                                                    -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /monitoring/lists                                              -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /monitoring/lists/{id:long}                                    watchList       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/delete                             watchList       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/codes                              watchList       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/file                               watchList       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/sets                               watchList       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/items/{itemId:long}/remove         watchItem       in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/lists/{id:long}/sets/{setId:long}/remove           watchSet        in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/follow                                             -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /monitoring/settings                                           -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /monitoring/settings                                           -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /monitoring/alerts                                             -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /monitoring/alerts/read-all                                    -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /monitoring/alerts/{id:long}                                   alert           in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/alerts/{id:long}/read                              alert           in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/alerts/{id:long}/acknowledge                       alert           in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        POST /monitoring/alerts/{id:long}/assign                            alert           in    403   404   404   ok    ok    404   404   403   403   in    in    anon
        GET  /monitoring/risk/{id:long}                                     riskOrg         in    403   ok    404   ok    ok    ok    404   403   403   in    in    anon
        POST /monitoring/risk/{id:long}/preview                             riskOrg         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/risk/{id:long}/publish                             riskOrg         in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/risk/alerts/{alertId:long}/withdraw                riskAlert       in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /monitoring/risk/alerts                                        -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /monitoring/rules                                              -               in    ok    ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /monitoring/rules/new                                          -               in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/rules                                              -               in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        GET  /monitoring/rules/{id:long}                                    thresholdRule   in    ok    ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /monitoring/rules/{id:long}/trial                              thresholdRule   in    ok    ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /monitoring/rules/{id:long}/edit                               thresholdRule   in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/rules/{id:long}                                    thresholdRule   in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/rules/{id:long}/disable                            thresholdRule   in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/rules/{id:long}/enable                             thresholdRule   in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        POST /monitoring/rules/{id:long}/delete                             thresholdRule   in    ok    ok    403   403   403   403   403   403   403   in    in    anon
        GET  /monitoring/webhooks                                           -               in    403   ok    ok    403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks                                           -               in    403   ok    ok    403   ok    403   403   403   403   in    in    anon
        GET  /monitoring/webhooks/{id:long}                                 webhook         in    403   404   404   403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks/{id:long}/secret                          webhook         in    403   404   404   403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks/{id:long}/active                          webhook         in    403   404   404   403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks/{id:long}/delete                          webhook         in    403   404   404   403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks/{id:long}/test                            webhook         in    403   404   404   403   ok    403   403   403   403   in    in    anon
        POST /monitoring/webhooks/{id:long}/deliveries/{deliveryId:long}/resend  webhookDelivery in    403   404   404   403   ok    403   403   403   403   in    in    anon
        # ── credit repair and objections ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /repair                                                        -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        # The credit office reads every application and objection, a district office included (access table: "all (read)");
        # only the deciding department acts on them (the others are refused with a message). Exports and the calendar: city level.
        GET  /repair/{id:long}                                              application     in    403   ok    ok    ok    ok    404   404   403   403   in    in    anon
        GET  /repair/{id:long}/letter                                       decidedApp      in    403   ok    ok    ok    ok    404   404   403   403   in    in    anon
        GET  /repair/{id:long}/materials/{materialId:long}                  material        in    403   ok    ok    ok    ok    404   404   403   403   in    in    anon
        POST /repair/{id:long}/{step:regex(^(accept|refuse|extend|approve|deny|execute)$)} applicationStep in    403   ok    msg   ok    ok    msg   msg   403   403   in    in    anon
        GET  /repair/objections                                             -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /repair/objections/{id:long}                                   objection       in    403   ok    ok    ok    ok    404   404   403   403   in    in    anon
        GET  /repair/objections/{id:long}/evidence                          objection       in    403   ok    ok    ok    ok    404   404   403   403   in    in    anon
        POST /repair/objections/{id:long}/decision                          objection       in    403   ok    msg   ok    ok    msg   msg   403   403   in    in    anon
        GET  /repair/export                                                 -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /repair/calendar                                               -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /repair/calendar                                               -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        GET  /repair/exclusions                                             -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /repair/exclusions                                             -               in    403   ok    403   403   403   403   403   403   403   in    in    anon
        POST /repair/exclusions/{id:long}/active                            exclusionRule   in    403   ok    403   403   403   403   403   403   403   in    in    anon
        # ── personal integrity code and points schemes ───────────────────────────────────────────────────────────────────────────────────────────────────────────
        GET  /integrity                                                     -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        POST /integrity/test-code                                           -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        GET  /integrity/redemptions                                         -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /integrity/redemptions/export                                  -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /integrity/verify                                              -               in    403   ok    ok    403   403   403   403   403   ok    in    in    anon
        POST /integrity/verify                                              -               in    403   ok    ok    403   403   403   403   403   ok    in    in    anon
        POST /integrity/verify/redeem                                       -               in    403   ok    ok    403   403   403   403   403   ok    in    in    anon
        GET  /integrity/schemes                                             -               in    403   ok    ok    ok    ok    ok    ok    403   403   in    in    anon
        GET  /integrity/schemes/new                                         -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        POST /integrity/schemes/new                                         -               in    403   ok    ok    403   403   403   403   403   403   in    in    anon
        # A points scheme is its running department's (吴兴's WX-SJJ here) and the credit office's of its district.
        GET  /integrity/schemes/{code}                                      scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        GET  /integrity/schemes/{code}/edit                                 scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/edit                                 scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/rules                                scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/rules/{ruleCode}/toggle              pointRule       in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/members                              scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        GET  /integrity/schemes/{code}/members/{id:long}                    member          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/members/{id:long}/events             member          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/members/{id:long}/leave              member          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/events/{eventId:long}/revoke         pointEvent      in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/sync                                 scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        POST /integrity/schemes/{code}/import                               scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        GET  /integrity/schemes/{code}/export                               scheme          in    403   ok    404   404   404   ok    404   403   403   in    in    anon
        # ── publicity CMS (信用公示): public columns, articles, feeds, files; editors (信息编辑) and the publisher (信息发布) hold roles no caller here has ─
        GET  /publicity                                                     -               ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /publicity/{column}                                            pubColumn       ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /publicity/{column}/{id:long}                                  pubArticle      ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /publicity/{column}/feed.atom                                  pubColumn       ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /publicity/files/{id:long}                                     pubFile         ok    ok    ok    ok    ok    ok    ok    ok    kio   ok    ok    ok    anon
        GET  /publicity/manage                                              -               in    403   403   403   403   403   403   403   403   403   in    in    anon
        GET  /publicity/manage/new                                          -               in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/new                                          -               in    403   403   403   403   403   403   403   403   403   in    in    anon
        GET  /publicity/manage/articles/{id:long}                           pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        GET  /publicity/manage/articles/{id:long}/edit                      pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/edit                      pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/submit                    pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/publish                   pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/return                    pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/withdraw                  pubArticle      in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/articles/{id:long}/attachments               pubDraft        in    403   403   403   403   403   403   403   403   403   in    in    anon
        GET  /publicity/manage/versions/{id:long}                           pubVersion      in    403   403   403   403   403   403   403   403   403   in    in    anon
        GET  /publicity/manage/columns                                      -               in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/columns                                      -               in    403   403   403   403   403   403   403   403   403   in    in    anon
        POST /publicity/manage/columns/{id:long}                            pubColumnId     in    403   403   403   403   403   403   403   403   403   in    in    anon
        """;

    /// <summary>
    /// How each fixture finds real route values in the test database (the demo city the test host seeds, plus what
    /// <see cref="AuthorisationMatrixTests"/> creates): one SQL query returning one row whose column names are the
    /// route's parameter names.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Fixtures = new Dictionary<string, string>
    {
        ["jobs"] = "SELECT '' AS path",
        ["openapi"] = "SELECT 'v1' AS \"documentName\"",
        ["status404"] = "SELECT 404 AS status",
        ["user"] = "SELECT id FROM credit.staff_users WHERE user_name = 'scjg.staff'",
        ["department"] = "SELECT id FROM credit.departments WHERE code = 'HZ-SJJ'",
        ["apiClient"] = "SELECT id FROM credit.api_clients ORDER BY id LIMIT 1",
        // A registration of another district (德清 330521) than the district credit office's, with its authorisation letter.
        ["orgAccount"] = "UPDATE credit.organisation_accounts SET letter = convert_to('%PDF-1.4 matrix', 'UTF8'), letter_file_name = '授权书.pdf', letter_sha256 = repeat('0', 64) WHERE login_name = 'qiye.pending1' RETURNING id",
        ["template"] = "SELECT id AS \"templateId\" FROM credit.commitment_templates ORDER BY id LIMIT 1",
        // Another organisation's application, record and list entry than the signed-in organisation's (qiye.demo).
        ["otherOrgApp"] = "SELECT id FROM credit.repair_applications WHERE subject_id <> (SELECT subject_id FROM credit.organisation_accounts WHERE login_name = 'qiye.demo') AND closed_at IS NOT NULL ORDER BY id LIMIT 1",
        // Another person's (or organisation's) record and application: a citizen acts only on his own subject's.
        ["otherPersonRec"] = "SELECT id AS \"recordId\" FROM credit.credit_records WHERE item_code = 'XZCF' AND subject_id <> (SELECT subject_id FROM credit.citizen_accounts WHERE login_name = 'shimin.demo') ORDER BY id LIMIT 1",
        ["otherPersonApp"] = "SELECT id FROM credit.repair_applications WHERE subject_id <> (SELECT subject_id FROM credit.citizen_accounts WHERE login_name = 'shimin.demo') AND closed_at IS NOT NULL ORDER BY id LIMIT 1",
        ["otherOrgRec"] = "SELECT id AS \"recordId\" FROM credit.credit_records WHERE item_code = 'XZCF' AND subject_id <> (SELECT subject_id FROM credit.organisation_accounts WHERE login_name = 'qiye.demo') ORDER BY id LIMIT 1",
        ["otherOrgEntry"] = "SELECT id AS \"entryId\" FROM credit.list_entries WHERE status = 2 AND subject_id <> (SELECT subject_id FROM credit.organisation_accounts WHERE login_name = 'qiye.demo') ORDER BY id LIMIT 1",
        ["organisation"] = "SELECT uscc FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL AND district_code = '330502' ORDER BY id LIMIT 1",
        ["scheme"] = "SELECT 'YSJ-CXSH' AS code",
        ["report"] = "SELECT 'HZXY0000000000' AS number",
        ["apiSubject"] = "SELECT uscc AS code FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL ORDER BY id LIMIT 1",
        ["apiItem"] = "SELECT 'XZCF' AS \"itemCode\"",
        ["check"] = "SELECT id FROM credit.sanction_checks ORDER BY id LIMIT 1",
        // The demo citizen 沈雨涵, a natural person of 吴兴 (330502), and one of her records.
        ["person"] = "SELECT subject_id AS id FROM credit.citizen_accounts WHERE login_name = 'shimin.demo'",
        ["personRecord"] = "SELECT c.subject_id AS id, r.id AS \"recordId\" FROM credit.citizen_accounts c JOIN credit.credit_records r ON r.subject_id = c.subject_id WHERE c.login_name = 'shimin.demo' ORDER BY r.id LIMIT 1",
        ["item"] = "SELECT 'XZCF' AS code",
        ["scorecard"] = "SELECT 'HZ-SJJ' AS department",
        ["synonym"] = "SELECT item_code AS code, id FROM credit.catalogue_option_synonyms ORDER BY id LIMIT 1",
        ["mapping"] = "SELECT id FROM credit.penalty_class_mappings ORDER BY id LIMIT 1",
        // A city department's (市市场监管局 HZ-SJJ) batch: neither 吴兴's branch nor 长兴's offices deliver it.
        ["batch"] = "SELECT id, 'csv' AS format FROM credit.collection_batches WHERE department_code = 'HZ-SJJ' AND item_code = 'XZCF' ORDER BY id LIMIT 1",
        // An entry waiting for approval, of a district that is neither 吴兴 nor 长兴.
        ["entry"] = "SELECT id FROM credit.list_entries WHERE status = 1 AND district_code NOT IN ('330502', '330522') ORDER BY id LIMIT 1",
        // An import of the provincial platform's file by the city credit office (the demo city has none: one is recorded here).
        ["listType"] = "SELECT 'SJYZWF' AS code",
        // The fixture entry with a decision document attached (the demo proposal has none of its own).
        ["entryDocument"] = "WITH e AS (SELECT id FROM credit.list_entries WHERE status = 1 AND district_code NOT IN ('330502', '330522') ORDER BY id LIMIT 1), "
            + "d AS (INSERT INTO credit.list_entry_documents (entry_id, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at) "
            + "SELECT id, '认定决定书.pdf', 'application/pdf', 22, repeat('0', 64), convert_to('%PDF-1.4 matrix %%EOF', 'UTF8'), 'matrix', now() FROM e ON CONFLICT (entry_id) DO NOTHING) SELECT id FROM e",
        ["listImport"] = "WITH made AS (INSERT INTO credit.list_imports (source, file_name, file_format, received, imported, unchanged, rejected, department_code, imported_by, imported_at, status) VALUES (2, 'matrix.csv', 'CSV', 0, 0, 0, 0, 'HZ-FGW', 'xinyongban', now(), 3) RETURNING id) SELECT id, 'xlsx' AS format FROM made",
        ["measure"] = "SELECT code FROM credit.sanction_measures ORDER BY code LIMIT 1",
        ["matter"] = "SELECT code FROM credit.sanction_matters ORDER BY code LIMIT 1",
        ["ruleSet"] = "SELECT max(version) AS version FROM credit.sanction_rule_sets",
        ["rule"] = "SELECT rule_set_version AS version, id AS \"ruleId\" FROM credit.sanction_rules ORDER BY id LIMIT 1",
        ["run"] = "SELECT id FROM credit.evaluation_runs ORDER BY id LIMIT 1",
        ["field"] = "SELECT 'STHJ' AS code",
        ["model"] = "SELECT 'STHJ' AS code, 1 AS version",
        ["graded"] = "SELECT field_code AS code, subject_id AS \"subjectId\" FROM credit.evaluation_results WHERE district_code = '330502' ORDER BY subject_id LIMIT 1",
        // A commitment received by the city market regulation bureau (HZ-SJJ) from a subject of 吴兴 (330502).
        // (With an evidence file attached here: the demo commitments have none.)
        // A shared watch list of the city market regulation bureau (HZ-SJJ): no other department reaches it.
        ["watchList"] = "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, owner_department, scope_district, created_by, created_at) VALUES ('矩阵测试名单', 'd:HZ-SJJ', 'HZ-SJJ', '330500', 'scjg.staff', now()) RETURNING id) SELECT id FROM l",
        ["watchItem"] = "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, owner_department, scope_district, created_by, created_at) VALUES ('矩阵测试名单', 'd:HZ-SJJ', 'HZ-SJJ', '330500', 'scjg.staff', now()) RETURNING id), i AS (INSERT INTO credit.monitoring_watch_items (watch_list_id, lookup_key, name, display_code, is_person, district_code, added_by, added_at) "
            + "SELECT id, convert_to('matrix' || id, 'UTF8'), '矩阵测试', '91330500MA00000000', false, '330502', 'scjg.staff', now() FROM l RETURNING id, watch_list_id) SELECT watch_list_id AS id, id AS \"itemId\" FROM i",
        ["watchSet"] = "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, owner_department, scope_district, created_by, created_at) VALUES ('矩阵测试名单', 'd:HZ-SJJ', 'HZ-SJJ', '330500', 'scjg.staff', now()) RETURNING id), w AS (INSERT INTO credit.monitoring_set_watches (watch_list_id, kind, district_code, tags, label, created_by, created_at) "
            + "SELECT id, 2, NULL, '{L:MATRIX}', '名单：矩阵测试', 'scjg.staff', now() FROM l RETURNING id, watch_list_id) SELECT watch_list_id AS id, id AS \"setId\" FROM w",
        // An alert of that department's shared list.
        ["thresholdRule"] = "INSERT INTO credit.monitoring_threshold_rules (name, metric, district_code, window_days, comparison, threshold, serious, notify_concerned, enabled, created_by, created_at, last_breaches) VALUES ('矩阵测试规则', 1, '330502', 30, 1, 5, false, false, true, 'xinyongban', now(), 0) RETURNING id",
        ["alert"] = "WITH l AS (INSERT INTO credit.monitoring_watch_lists (name, owner, owner_department, scope_district, created_by, created_at) VALUES ('矩阵测试名单', 'd:HZ-SJJ', 'HZ-SJJ', '330500', 'scjg.staff', now()) RETURNING id), a AS (INSERT INTO credit.monitoring_alerts (owner, watch_list_id, subject_id, subject_name, subject_code, is_person, district_code, trigger, fact_key, title, serious, link, occurred_at, created_at, subject_count) "
            + "SELECT 'd:HZ-SJJ', id, 0, '', '', false, '', 99, 'matrix' || id, '矩阵测试提醒', false, 0, now(), now(), 0 FROM l RETURNING id) SELECT id FROM a",
        // An organisation of 吴兴 (330502) for its risk page, and a risk alert published about it.
        ["riskOrg"] = "SELECT id FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL AND district_code = '330502' ORDER BY id LIMIT 1",
        ["riskAlert"] = "WITH s AS (SELECT id, name, uscc FROM credit.subjects WHERE kind = 1 AND uscc IS NOT NULL AND district_code = '330502' ORDER BY id LIMIT 1), a AS (INSERT INTO credit.monitoring_risk_alerts (subject_id, subject_name, subject_code, district_code, title, text, published_by, published_at) "
            + "SELECT id, name, uscc, '330502', '矩阵测试风险提示', '矩阵测试风险提示正文。', 'xinyongban', now() FROM s RETURNING id) SELECT id AS \"alertId\" FROM a",
        // A webhook of that department (stopped, so no worker ever sends it) and one failed delivery of it.
        ["webhook"] = "INSERT INTO credit.monitoring_webhook_subscriptions (name, owner, url, protected_secret, secret_hint, triggers, active, created_by, created_at, updated_at) "
            + "VALUES ('矩阵测试 webhook', 'd:HZ-SJJ', 'https://hooks.example.org/matrix', 'x', '…0000', '{}', false, 'scjg.reviewer', now(), now()) RETURNING id",
        ["webhookDelivery"] = "WITH s AS (INSERT INTO credit.monitoring_webhook_subscriptions (name, owner, url, protected_secret, secret_hint, triggers, active, created_by, created_at, updated_at) "
            + "VALUES ('矩阵测试 webhook', 'd:HZ-SJJ', 'https://hooks.example.org/matrix', 'x', '…0000', '{}', false, 'scjg.reviewer', now(), now()) RETURNING id), "
            + "d AS (INSERT INTO credit.monitoring_webhook_deliveries (subscription_id, event, status, attempts, next_attempt_at, created_at) SELECT id, 'ping', 2, 6, now(), now() FROM s RETURNING id, subscription_id) "
            + "SELECT subscription_id AS id, id AS \"deliveryId\" FROM d",
        ["commitment"] = "WITH c AS (SELECT id FROM credit.commitments WHERE department_code = 'HZ-SJJ' AND district_code = '330502' ORDER BY id LIMIT 1), "
            + "e AS (INSERT INTO credit.commitment_evidence (commitment_id, file_name, content_type, sha256, content, uploaded_at, uploaded_by) "
            + "SELECT id, '核查证明.pdf', 'application/pdf', repeat('0', 64), convert_to('%PDF-1.4 matrix', 'UTF8'), now(), 'matrix' FROM c) SELECT id FROM c",
        // Applications and objections decided by the city market regulation bureau (HZ-SJJ).
        ["application"] = "SELECT id FROM credit.repair_applications WHERE department_code = 'HZ-SJJ' ORDER BY id LIMIT 1",
        ["decidedApp"] = "SELECT id FROM credit.repair_applications WHERE department_code = 'HZ-SJJ' AND closed_at IS NOT NULL ORDER BY id LIMIT 1",
        ["applicationStep"] = "SELECT id, 'accept' AS step FROM credit.repair_applications WHERE department_code = 'HZ-SJJ' ORDER BY id LIMIT 1",
        ["exclusionRule"] = "SELECT id FROM credit.repair_exclusion_rules ORDER BY id LIMIT 1",
        ["material"] = "SELECT a.id, m.id AS \"materialId\" FROM credit.repair_materials m JOIN credit.repair_applications a ON a.id = m.application_id WHERE a.department_code = 'HZ-SJJ' ORDER BY m.id LIMIT 1",
        // (The demo objections carry no evidence file: one is attached here, so that the evidence download has something to refuse.)
        ["objection"] = "UPDATE credit.objections SET evidence = convert_to('%PDF-1.4 matrix', 'UTF8'), evidence_file_name = '证据.pdf', evidence_content_type = 'application/pdf', evidence_sha256 = repeat('0', 64) WHERE id = (SELECT min(id) FROM credit.objections WHERE department_code = 'HZ-SJJ') RETURNING id",
        // 吴兴's 衣裳街 shops scheme, run by 吴兴's market regulation branch (WX-SJJ).
        ["pointRule"] = "SELECT s.code, r.code AS \"ruleCode\" FROM credit.integrity_point_rules r JOIN credit.integrity_schemes s ON s.id = r.scheme_id WHERE s.code = 'YSJ-CXSH' ORDER BY r.id LIMIT 1",
        ["member"] = "SELECT s.code, m.id FROM credit.integrity_scheme_members m JOIN credit.integrity_schemes s ON s.id = m.scheme_id WHERE s.code = 'YSJ-CXSH' ORDER BY m.id LIMIT 1",
        // 信用公示: a standard column, a published demo article (with a PDF attached here), a draft of the city market regulation bureau.
        ["pubColumn"] = "SELECT 'news' AS \"column\"",
        ["pubColumnId"] = "SELECT id FROM credit.publicity_columns WHERE slug = 'news'",
        ["pubArticle"] = "SELECT c.slug AS \"column\", a.id FROM credit.publicity_articles a JOIN credit.publicity_columns c ON c.id = a.column_id WHERE a.status = 3 AND c.active ORDER BY a.id LIMIT 1",
        ["pubFile"] = "WITH a AS (SELECT a.id FROM credit.publicity_articles a JOIN credit.publicity_columns c ON c.id = a.column_id WHERE a.status = 3 AND c.active ORDER BY a.id LIMIT 1), "
            + "f AS (INSERT INTO credit.publicity_attachments (article_id, file_name, content_type, size, sha256, content, uploaded_at, uploaded_by) "
            + "SELECT id, '附件.pdf', 'application/pdf', 15, repeat('0', 64), convert_to('%PDF-1.4 matrix', 'UTF8'), now(), 'matrix' FROM a RETURNING id) SELECT id FROM f",
        ["pubDraft"] = "SELECT id FROM credit.publicity_articles WHERE department_code = 'HZ-SJJ' ORDER BY id LIMIT 1",
        ["pubVersion"] = "SELECT v.id FROM credit.publicity_article_versions v JOIN credit.publicity_articles a ON a.id = v.article_id WHERE a.department_code = 'HZ-SJJ' ORDER BY v.id LIMIT 1",
        ["pointEvent"] = "SELECT s.code, e.id AS \"eventId\" FROM credit.integrity_point_events e JOIN credit.integrity_schemes s ON s.id = e.scheme_id WHERE s.code = 'YSJ-CXSH' ORDER BY e.id LIMIT 1",
    };
}
