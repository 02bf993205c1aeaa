import { Theme } from '@radix-ui/themes';
import { BrowserRouter } from 'react-router';
import { useSystemAppearance } from '../shared/ui/useSystemAppearance';
import { AppRoutes } from './AppRoutes';

export function App() {
  const appearance = useSystemAppearance();
  return (
    <Theme appearance={appearance} accentColor="indigo" grayColor="slate" radius="medium" scaling="95%">
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Theme>
  );
}
