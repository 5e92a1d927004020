import { patternsFor } from '@/diagnose/define';
import type { Cause, PatternInput } from '@/diagnose/types';

// IIS with Application Request Routing answers 502.3 with a WinHTTP error, shown on the detailed error
// page as 0x8007xxxx and in the IIS log as sc-status sc-substatus sc-win32-status ("502 3 12002").
// The ASP.NET Core Module has its own pages (502.5, 500.30). Azure's front ends reuse IIS's 502 text.
export type WinHttp = { readonly hex: string; readonly message: string; readonly code: string; readonly name: string; readonly cause: Cause; readonly says: string; readonly stepId?: string };

export const winHttpErrors: readonly WinHttp[] = [
  { hex: '0x80072efd', message: 'A connection with the server could not be established', code: '12029', name: 'ERROR_WINHTTP_CANNOT_CONNECT', cause: 'upstream-down', says: 'IIS could not connect to the backend (WinHTTP 12029, cannot connect): it is stopped or listens elsewhere.' },
  { hex: '0x80072ee2', message: 'The operation timed out', code: '12002', name: 'ERROR_WINHTTP_TIMEOUT', cause: 'upstream-timeout', says: "The backend did not answer in time (WinHTTP 12002, operation timed out): ARR's proxy time-out, or the ASP.NET Core Module's requestTimeout (2 minutes by default, out of process); IIS answers 502.3 for it." },
  { hex: '0x80072efe', message: 'The connection with the server was terminated abnormally', code: '12030', name: 'ERROR_WINHTTP_CONNECTION_ERROR', cause: 'upstream-crash-or-reset', says: 'The backend dropped the connection (WinHTTP 12030, connection aborted): a crash, or a reused connection it had closed.' },
  { hex: '0x80072f78', message: 'The server returned an invalid or unrecognized response', code: '12152', name: 'ERROR_WINHTTP_INVALID_SERVER_RESPONSE', cause: 'invalid-response-header', says: 'The backend sent a response IIS could not read (WinHTTP 12152, invalid server response).' },
  { hex: '0x80072f8f', message: 'A security error occurred', code: '12175', name: 'ERROR_WINHTTP_SECURE_FAILURE', cause: 'tls-handshake', says: "TLS to the backend failed (WinHTTP 12175, secure failure): the backend's certificate is not trusted or not valid for its name." },
  { hex: '0x80072f7d', message: 'An error occurred in the secure channel support', code: '12157', name: 'ERROR_WINHTTP_SECURE_CHANNEL_ERROR', cause: 'tls-handshake', says: 'TLS to the backend failed (WinHTTP 12157, secure channel error): no shared TLS version or cipher.' },
  { hex: '0x80072ee7', message: 'The server name or address could not be resolved', code: '12007', name: 'ERROR_WINHTTP_NAME_NOT_RESOLVED', cause: 'dns-resolution', says: "IIS could not resolve the backend's host name (WinHTTP 12007)." },
];

// Failed Request Tracing (FREB) gives the same HRESULT in decimal: ErrorCode="2147954429" is 0x80072EFD.
// A WinHTTP trace of ARR's w3wp.exe names the error by its winhttp.h constant.
const winHttpPatterns = winHttpErrors.flatMap(({ hex, code, name, message, says, ...rest }): PatternInput[] => [
  { ...rest, confidence: 0.8, match: name, textHas: ['w3wp', 'arr', '502.3', 'request routing'], explanation: says },
  { ...rest, confidence: 0.85, match: hex, ignoreCase: true, textHas: ['502.3', 'bad gateway', 'arr'], explanation: says },
  { ...rest, confidence: 0.85, match: ` 502 3 ${code} `, explanation: says },
  { ...rest, confidence: 0.85, match: String(Number.parseInt(hex, 16)), lineHas: ['errorcode'], explanation: says },
  // The error's text as the 502.3 page and FREB's ErrorCode show it beside the code; alone, it names no product.
  { ...rest, confidence: 0.75, match: message, textHas: ['502.3', 'errorcode'], explanation: says },
]);

const iis502Page = '502 - Web server received an invalid response while acting as a gateway or proxy server';
// App Service (and Azure Functions, which run on it) reuse the page; these words name the platform.
const appServiceMarkers = ['azurewebsites', 'arraffinity', 'app service', 'azure function', 'function app', 'webapp', 'web app'];

const startFailure = 'The ASP.NET Core app failed to start: read the stdout log (stdoutLogEnabled) or the Application event log for the exception.';
// 500.0 (In-Process Handler Load Failure) points at the installation, not the app (learn.microsoft.com, ANCM troubleshooting).
const handlerLoadFailure = "The ASP.NET Core Module could not load its in-process handler (500.0): the Hosting Bundle is missing, damaged or of another version than the app needs, so install or repair it; the Application event log names the file.";

export const iisPatterns = patternsFor('iis', [
  ...winHttpPatterns,
  { cause: 'no-healthy-backend', confidence: 0.8, match: /502\.4 - /, explanation: 'Every server in the ARR server farm failed its health test or is offline (502.4, no server).' },
  { cause: 'no-healthy-backend', confidence: 0.75, match: / 502 4 [0-9]{1,10} /, explanation: 'Every server in the ARR server farm failed its health test or is offline (502.4, no server).' },
  // Failed Request Tracing: the module that set the error status, with its sub-status.
  { cause: 'no-healthy-backend', confidence: 0.8, match: /HttpStatus="502", HttpReason="[A-Za-z ]{1,20}", HttpSubStatus="4"/, explanation: 'Every server in the ARR server farm failed its health test or is offline (502.4, no server).' },
  { cause: 'ancm-start-failure', confidence: 0.85, match: /HttpStatus="502", HttpReason="[A-Za-z ]{1,20}", HttpSubStatus="5"/, explanation: startFailure },
  { cause: 'ancm-start-failure', confidence: 0.8, match: / 502 5 [0-9]{1,10} /, explanation: startFailure },
  // FREB's ErrorCode when the FastCGI process (php-cgi.exe) died in the request: an access violation
  // (0xC0000005), a stack overflow (0xC00000FD) or a corrupt heap (0xC0000374); IIS answers 500.
  { cause: 'upstream-crash-or-reset', status: 500, statusNote: 'IIS answers 500 when the FastCGI process dies while handling the request.', confidence: 0.85, match: /ErrorCode="[0-9]{1,10} \(0xC0000(?:005|0FD|374)\)"/i, lineHas: ['fastcgimodule'], explanation: 'The FastCGI process (php-cgi.exe) crashed while handling the request (the ErrorCode is a Windows crash code): the Application event log names the faulting module, often a PHP extension.' },
  // The ASP.NET Core Module's 500.0 page for an in-process app it could not load.
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.0 when it cannot load an in-process app.', confidence: 0.85, match: 'ASP.NET Core IIS hosting failure', explanation: handlerLoadFailure },
  // The module's pages in another language keep its name and the sub-status (French writes "500,0").
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.0 when it cannot load an in-process app.', confidence: 0.7, match: /(?<=500[.,]0\b[^\n]{0,80})ANCM\b/, explanation: handlerLoadFailure },
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.3x when it cannot load or start an in-process app.', confidence: 0.7, match: /(?<=500[.,]3[0-8]\b[^\n]{0,80})ANCM\b/, explanation: startFailure },
  { cause: 'ancm-start-failure', confidence: 0.7, match: /(?<=502[.,]5\b[^\n]{0,80})ANCM\b/, explanation: startFailure },
  { cause: 'ancm-start-failure', confidence: 0.9, match: /502\.5 - (?:Process Failure|ANCM Out-Of-Process Startup Failure)/, explanation: startFailure },
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.30 when an in-process app fails to start.', confidence: 0.9, match: /500\.30 - (?:ANCM In-Process Start Failure|ASP\.NET Core app failed to start)/, explanation: startFailure },
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.3x when the app cannot be loaded.', confidence: 0.7, match: /500\.3[1-8] - ANCM /, explanation: 'The ASP.NET Core Module could not load or start the app: a missing runtime, a wrong hosting bundle or a startup time-out.' },
  { cause: 'ancm-start-failure', confidence: 0.85, match: 'failed to start process with commandline', ignoreCase: true, explanation: startFailure },
  { cause: 'ancm-start-failure', confidence: 0.8, match: 'The application process started but then stopped', explanation: "The ASP.NET Core Module's 502.5 page: the app's process did not start or stopped at once; the stdout log or the Application event log has the exception." },
  { cause: 'app-will-not-start', confidence: 0.85, match: /Process '[^']{0,300}' failed to start\. {1,2}Port = /, explanation: "HttpPlatformHandler could not start the backend process in processPath (an Application event log line): a wrong path or arguments, or a process that exits at once." },
  { cause: 'upstream-down', confidence: 0.7, match: 'There was a connection error while trying to route the request', explanation: "IIS's 502.3 page (ARR, HttpPlatformHandler or the ASP.NET Core Module): it could not connect to the backend process; the error code on the page says why." },
  // Win32 ERROR_CONNECTION_INVALID (1229) as an HRESULT: the backend had closed the connection IIS was
  // still using (a crash, a recycle, or a kept-alive connection it dropped), so IIS answered 502.3.
  ...[{ match: '0x800704cd', ignoreCase: true }, { match: 'An operation was attempted on a nonexistent network connection' }].map((where): PatternInput => ({ ...where, cause: 'upstream-crash-or-reset', confidence: 0.8, textHas: ['502', 'route the request', 'freb', 'iis', 'aspnetcore', 'arr'], explanation: 'The backend closed the connection IIS was using to it (0x800704cd, a nonexistent network connection): it crashed or was recycled in the middle of the request, or dropped a kept-alive connection (the app\'s stdout log or the Application event log says which).' })),
  { cause: 'upstream-crash-or-reset', confidence: 0.7, match: 'The specified CGI application encountered an error and the server terminated the process', explanation: 'The backend process behind the ASP.NET Core Module or HttpPlatformHandler failed or was stopped while handling the request.' },
  // IIS's FastCGI module (php-cgi.exe and other FastCGI apps) on its 500.0 page.
  { cause: 'upstream-timeout', status: 500, statusNote: 'IIS answers 500.0 when its FastCGI module gives up on the process.', confidence: 0.88, match: /The FastCGI process exceeded configured (?:activity|request) timeout/, heading: "IIS's FastCGI module gave up waiting for the app's process (php-cgi.exe)", explanation: "The FastCGI process (php-cgi.exe) ran past the FastCGI settings' activityTimeout or requestTimeout: make the script faster, or raise the limit in IIS Manager's FastCGI Settings." },
  { cause: 'upstream-crash-or-reset', status: 500, statusNote: 'IIS answers 500.0 when its FastCGI module loses the process.', confidence: 0.85, match: 'The FastCGI process exited unexpectedly', heading: "The app's FastCGI process (php-cgi.exe) behind IIS ended unexpectedly", explanation: 'The FastCGI process (php-cgi.exe) ended while handling the request: the Application event log and the PHP error log name why (a crash in an extension, a missing DLL after an upgrade).' },
  // The ASP.NET Core Module's sub-statuses 500.30-500.38 (IIS itself uses none of them), whatever the title's wording.
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.3x when it cannot load or start an in-process app.', confidence: 0.75, match: /500\.3[0-8] - /, explanation: 'The ASP.NET Core Module could not load or start the app: a missing runtime, a wrong hosting bundle or a startup time-out.' },
  // Its lines in the Application event log behind those pages.
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.0 for a second in-process app in one application pool.', confidence: 0.9, match: 'Only one inprocess application is allowed per IIS application pool', explanation: 'Each in-process ASP.NET Core app needs an application pool of its own: give this one its own pool, or host it out of process.' },
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.30 when the in-process app exits while starting.', confidence: 0.85, match: /has exited from Program\.Main with exit code = '/, explanation: startFailure },
  { cause: 'ancm-start-failure', status: 500, statusNote: 'The ASP.NET Core Module answers 500.37 when the app does not start within its startup time limit.', confidence: 0.85, match: "Managed server didn't initialize after", explanation: "The in-process app did not start within the module's startup time limit (startupTimeLimit, 120 seconds by default): find what its start waits for, or raise the limit in web.config." },
  // HTTP.sys refuses a request whose headers are too long (large cookies) before IIS or the app sees it.
  { cause: 'other', status: 400, statusNote: 'HTTP.sys answers 400 itself; nothing was passed on.', confidence: 0.85, match: 'The size of the request headers is too long', heading: "Windows' HTTP.sys refused the request: its headers are too long", explanation: "HTTP.sys, in front of IIS, refused the request because its headers (most often cookies) are longer than its limit: clear the site's cookies, or raise MaxFieldLength and MaxRequestBytes on the server." },
  // IIS's detailed error page names the sub-status in its title.
  { cause: 'other', status: 500, confidence: 0.45, weak: true, match: /(?<=IIS [0-9.]{2,5} )Detailed Error - (?<status>[45][0-9]{2})\.[0-9]{1,3} - /, explanation: "IIS's detailed error page: its sub-status and the module it names say which part of IIS answered." },
  // IIS's other sub-statuses (learn.microsoft.com, HTTP status codes in IIS).
  { cause: 'upstream-timeout', confidence: 0.85, match: /502\.1 - /, explanation: 'The CGI or FastCGI application ran past its time limit (502.1).' },
  { cause: 'invalid-response-header', confidence: 0.8, match: /502\.2 - /, lineLacks: ['error in cgi application'], explanation: 'The CGI application exited without a complete set of HTTP headers (502.2).' },
  // IIS 6's title for the same sub-status covered any failure of the CGI program, not only its headers.
  { cause: 'other', confidence: 0.75, match: '502.2 - Error in CGI application', explanation: "IIS 6's page for a CGI program that failed (502.2, Error in CGI application) does not say how it failed: the program's own log and the event logs are where to look." },
  { cause: 'config-error', status: 500, statusNote: 'IIS answers 500.19 for a configuration file it cannot read.', confidence: 0.85, match: /500\.19 - /, heading: 'IIS cannot read its configuration (500.19)', explanation: 'IIS cannot read the configuration (500.19): a web.config error, or a module it names (URL Rewrite, ASP.NET Core Module) is not installed.' },
  { cause: 'config-error', status: 500, statusNote: 'IIS answers 500.52 when URL Rewrite cannot apply an outbound rule.', confidence: 0.85, match: 'Outbound rewrite rules cannot be applied when the content of the HTTP response is encoded', heading: "URL Rewrite cannot rewrite the backend's compressed answer (500.52)", explanation: "URL Rewrite's outbound rules cannot rewrite the backend's compressed answer (500.52): turn off compression on the backend, or have ARR ask it for an uncompressed one." },
  { cause: 'upstream-down', status: 503, statusNote: 'IIS answers 503 when the application pool is stopped.', confidence: 0.7, match: 'HTTP Error 503. The service is unavailable.', explanation: "IIS's application pool is stopped or keeps failing (Rapid-Fail Protection): the System event log says why." },
  // The sub-status alone, as people write it ("ARR 502.3", "HTTP Error 502.5"): only IIS writes them so.
  { cause: 'ancm-start-failure', confidence: 0.6, match: /502\.5(?![0-9])(?<![0-9.]502\.5)/, explanation: startFailure },
  { cause: 'no-healthy-backend', confidence: 0.55, match: /502\.4(?![0-9])(?<![0-9.]502\.4)/, explanation: 'Every server in the ARR server farm failed its health test or is offline (502.4, no server).' },
  { cause: 'other', weak: true, confidence: 0.45, match: /502\.3(?![0-9])(?<![0-9.]502\.3)/, explanation: "IIS's 502.3 page (ARR or the ASP.NET Core Module): its error code says why the backend failed." },
  { cause: 'other', weak: true, confidence: 0.55, match: '502.3 - Bad Gateway', explanation: "IIS's 502.3 page (ARR or the ASP.NET Core Module): its error code says why the backend failed." },
  { cause: 'other', page: true, confidence: 0.5, match: iis502Page, textHas: ['microsoft-iis', 'arr/3', 'iis '], textLacks: [...appServiceMarkers, 'application gateway'], explanation: "IIS's own 502 page: IIS forwarded the request and got no valid answer; the IIS log's substatus and Win32 code say why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)server: microsoft-iis/i, explanation: 'The response came from IIS: its log line (sc-substatus and sc-win32-status) says why.' },
  { cause: 'other', status: 'page', weak: true, confidence: 0.45, match: /(?<=^(?:< )?)x-powered-by: arr/i, explanation: 'The response came through IIS Application Request Routing: the IIS log line says why.' },
]);


export const azureApplicationGatewayPatterns = patternsFor('application-gateway', [
  { cause: 'no-healthy-backend', confidence: 0.95, match: 'ERRORINFO_UPSTREAM_NO_LIVE', explanation: 'Every server in the backend pool is unhealthy, or the pool is empty: Backend health says why each one failed.' },
  { cause: 'upstream-crash-or-reset', confidence: 0.9, match: 'ERRORINFO_UPSTREAM_CLOSED_CONNECTION', explanation: 'The backend closed the connection before the request was done.' },
  { cause: 'other', status: 499, statusFromLine: true, confidence: 0.85, match: 'ERRORINFO_CLIENT_CLOSED_REQUEST', explanation: 'The client closed the connection before the gateway answered: not a backend failure.' },
  { cause: 'other', status: 400, statusFromLine: true, confidence: 0.6, match: /ERRORINFO_(?:INVALID|HTTP_|REQUEST_URI)/, explanation: "Application Gateway refused the client's request as invalid (ErrorInfo): not a backend failure." },
  { cause: 'upstream-timeout', statusFromLine: true, confidence: 0.9, match: 'ERRORINFO_UPSTREAM_TIMED_OUT', explanation: "The backend did not answer within the backend setting's request time-out (20 seconds by default)." },
  { cause: 'upstream-down', confidence: 0.8, match: 'Application Gateway could not connect to the backend', explanation: 'The gateway could not connect to the backend on the port of its backend setting or probe.' },
  { cause: 'tls-handshake', confidence: 0.85, match: 'The Common Name (CN) of the backend server certificate does not match', explanation: "Backend health: the backend's certificate is not valid for the host name of the health probe (v2) or of the backend pool (v1), so the server is marked unhealthy." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'The Common Name of the leaf certificate presented by the backend server does not match', explanation: "The backend's certificate is not valid for the host name the gateway expects." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'does not match the trusted root certificate added to the application gateway', ignoreCase: true, explanation: "Backend health: the root of the backend's certificate chain is not the trusted root certificate in the backend setting, so the server is marked unhealthy." },
  { cause: 'tls-handshake', confidence: 0.85, match: 'Backend server certificate is not whitelisted with Application Gateway', ignoreCase: true, explanation: "Backend health (v1): the backend's certificate is not one of the backend setting's authentication certificates, so the server is marked unhealthy." },
  { cause: 'tls-handshake', confidence: 0.8, match: 'Backend certificate is invalid', explanation: "Backend health: the backend's certificate is expired, not yet valid or not trusted, so the server is marked unhealthy." },
  { cause: 'no-healthy-backend', confidence: 0.8, match: "did not match the probe setting", explanation: "Backend health: the backend answers the health probe with a status outside the probe's match (200-399 by default), so it is marked unhealthy." },
  { cause: 'upstream-timeout', confidence: 0.8, match: /health probe is more than the timeout threshold/, explanation: "Backend health: the backend answers the health probe more slowly than the probe's timeout, so it is marked unhealthy." },
  { cause: 'connect-blocked', confidence: 0.75, match: 'The backend health status could not be retrieved', explanation: 'Backend health cannot be read: an NSG, a route table (UDR) or a firewall blocks the gateway, or a custom DNS cannot resolve the backend.' },
  // AGIC (the Kubernetes ingress controller) creates the pool "defaultaddresspool" with no servers and sends
  // requests there when it finds no pods for a path's Service: the access log's pool then says why the 502.
  { cause: 'no-healthy-backend', confidence: 0.75, match: 'defaultaddresspool', lineHas: ['backendpoolname', 'backend_pool', 'backendaddresspool'], explanation: 'The request went to AGIC\'s "defaultaddresspool", which has no servers: the ingress controller found no ready pods (or no Service) for this path, so the gateway had nowhere to send it.' },
  // The access log's serverStatus is what the backend answered (httpStatus what the client got): a 5xx
  // there is the backend's own, passed on. With retries it lists one status per server tried.
  { cause: 'upstream-sent-the-error', confidence: 0.7, match: /"serverStatus(?:_s)?": ?"(?<status>5[0-9]{2})\b/, textHas: ['applicationgateway', 'appgw', '"serverrouted'], explanation: "Application Gateway's access log: the backend itself answered this status (serverStatus) and the gateway passed it on; the backend's own log says why." },
  // The access log's columns as Log Analytics names them (AzureDiagnostics, ApplicationGatewayAccessLog).
  ...['backendPoolName_s', 'backendSettingName_s'].map((match): PatternInput => ({ cause: 'other', status: 'page', weak: true, confidence: 0.5, match, explanation: "Application Gateway's access log: serverStatus and errorInfo (v2) in the same record, and Backend health, say why it failed." })),
  { cause: 'other', page: true, confidence: 0.55, match: iis502Page, textLacks: [...appServiceMarkers, 'microsoft-iis', 'arr/3'], explanation: "Application Gateway's 502 page: no backend gave a valid answer; Backend health and the access log's ErrorInfo say why." },
  { cause: 'other', status: 'page', weak: true, confidence: 0.6, match: 'Microsoft-Azure-Application-Gateway', ignoreCase: true, explanation: "Application Gateway's own error page: Backend health and the access log's ErrorInfo say why." },
]);

export const azureAppServicePatterns = patternsFor('app-service', [
  { cause: 'app-will-not-start', status: 503, statusNote: 'App Service answers 503 while the container fails to start.', confidence: 0.9, match: "didn't respond to HTTP pings on port", explanation: "The container never answered on its port: listen on 0.0.0.0 and on the port in WEBSITES_PORT or PORT, and within the start-up time limit." },
  { cause: 'app-will-not-start', status: 503, statusNote: 'App Service answers 503 while the container fails to start.', confidence: 0.8, match: 'Waiting for response to warmup request for container', explanation: 'The container did not answer the warm-up request: it does not listen on WEBSITES_PORT or PORT, or its startup takes longer than the time limit.' },
  { cause: 'app-will-not-start', status: 503, statusNote: 'App Service answers 503 while the container fails to start.', confidence: 0.85, match: 'failing site start', explanation: 'The container never answered on its port, so App Service stopped starting the site: the container log says why.' },
  // Its front end's page for a host name no app is bound to (a custom domain removed, or never added).
  { cause: 'config-error', status: 404, statusNote: 'App Service answers 404 with this page for a host name no app has.', confidence: 0.8, match: '404 Web Site not found', heading: 'No App Service app is bound to this host name', explanation: "App Service's front end knows no app for this host name: the custom domain is not added to the app (or was removed), or the DNS record still points at App Service after the app moved or was deleted." },
  { cause: 'upstream-timeout', status: 504, confidence: 0.7, match: '504.0 GatewayTimeout', explanation: "App Service's front end got no answer from the app in time: an app that did not start, or a request slower than 230 seconds." },
  { cause: 'app-will-not-start', status: 503, statusNote: 'App Service answers 503 with this page.', confidence: 0.7, match: 'If you are the application administrator, you can access the', explanation: "App Service's Application Error page: the app or its container did not start or keeps crashing; the container log says why." },
  { cause: 'app-will-not-start', status: 503, statusNote: 'App Service answers 503 with this page.', confidence: 0.7, match: ':( Application Error', explanation: "App Service's Application Error page: the app or its container did not start or keeps crashing; the container log says why." },
  { cause: 'upstream-timeout', status: 500, statusNote: 'App Service answers 500 when a request runs past its 230-second limit.', confidence: 0.75, match: 'The web server failed to respond within the specified time', explanation: "The app did not answer within App Service's front-end limit (230 seconds)." },
  { cause: 'other', status: 403, statusNote: 'App Service answers 403 for a stopped app.', confidence: 0.85, match: 'This web app is stopped', explanation: 'The App Service app is stopped: start it in the portal.' },
  { cause: 'config-error', status: 404, statusNote: 'App Service answers 404 for a host name it does not know.', confidence: 0.8, match: 'Web app not found', heading: 'No App Service app answers to this host name', explanation: 'No App Service app answers to this host name: the custom domain is not bound, or the app was deleted.' },
  { cause: 'other', page: true, confidence: 0.55, match: iis502Page, textHas: appServiceMarkers, explanation: "App Service's 502 page: the app did not answer properly; the container log and Diagnose and solve problems say why." },
]);
